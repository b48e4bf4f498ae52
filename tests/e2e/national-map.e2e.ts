import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, sharedBrowser, openPage, screenshot } from './browser-session';

const POVERTY_2024_REGENCY = '/?indicator=poverty-rate&year=2024&level=regency';

async function regionsDrawn(page: Page, count: number): Promise<void> {
  await page.locator(`.leaflet-container[data-regions-drawn="${count}"]`).waitFor();
}

async function legendCounts(page: Page): Promise<number[]> {
  const counts = await page.locator('.legend__count').allTextContents();
  return counts.map((text) => Number(text.replace(/\D/g, '')));
}

describe.skipIf(!chromiumPath)('national map in Chromium', () => {
  const browser = sharedBrowser();

  it('draws all 514 regencies/cities with classes and the no-data count in the legend', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}${POVERTY_2024_REGENCY}`);
    await regionsDrawn(page, 514);
    const counts = await legendCounts(page);
    expect(counts.length).toBeGreaterThanOrEqual(3); // classes + the no-data row
    expect(counts.reduce((a, b) => a + b, 0)).toBe(514);
    await expect(page.locator('.legend').textContent()).resolves.toContain('Tidak ada data');
    await screenshot(page, 'map-regency-poverty-id-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows Kabupaten Kayong Utara with 8,84 when hovered after searching for "kayong"', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}${POVERTY_2024_REGENCY}`);
    await regionsDrawn(page, 514);
    await page.getByRole('combobox', { name: 'Cari daerah di peta' }).fill('kayong');
    await page.getByRole('option', { name: /Kabupaten Kayong Utara/ }).click();
    await page.getByRole('complementary', { name: 'Daerah terpilih' }).getByText('8,84').waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('61.11');
    // The search centres the map on the region's largest land mass.
    const box = (await page.locator('.choropleth-map').boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    // Leaflet's canvas handles hover at most every 32 ms and drops moves in between: settle, then nudge.
    await page.waitForTimeout(80);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
    // Crossing Kubu Raya on the way may show its tooltip first; wait for the one under the cursor.
    const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Kabupaten Kayong Utara' });
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.textContent()).toContain('8,84');
    await screenshot(page, 'map-hover-kayong-utara');
    await context.close();
  });

  it('switches to 38 provinces and restores the same view after a reload', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}${POVERTY_2024_REGENCY}`);
    await regionsDrawn(page, 514);
    await page.getByRole('radio', { name: 'Provinsi' }).check({ force: true });
    await regionsDrawn(page, 38);
    await page.getByLabel('Pengelompokan warna').selectOption('jenks');
    await page.waitForURL((url) => url.searchParams.get('classes') === 'jenks');
    const url = new URL(page.url());
    expect(url.searchParams.get('level')).toBeNull(); // province is the default level
    expect(url.searchParams.get('indicator')).toBe('poverty-rate');
    const legendBefore = await page.locator('.legend').textContent();

    await page.reload();
    await regionsDrawn(page, 38);
    expect(await page.getByLabel('Pengelompokan warna').inputValue()).toBe('jenks');
    expect(await page.getByLabel('Indikator', { exact: true }).inputValue()).toBe('poverty-rate');
    expect(await page.locator('.legend').textContent()).toBe(legendBefore);
    await screenshot(page, 'map-province-poverty-id-tablet');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads well in English with the official SPBE classes', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/?indicator=spbe-index&classes=official`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await regionsDrawn(page, 38);
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain('Excellent (≥ 4.20)');
    expect(legend).toContain('No data');
    await screenshot(page, 'map-province-spbe-en-desktop');
    await page.getByRole('radio', { name: 'Regency/city' }).check({ force: true });
    await regionsDrawn(page, 514);
    await page.getByLabel('Indicator', { exact: true }).selectOption('poverty-rate');
    await page.locator('.legend', { hasText: '% of population' }).waitFor();
    await screenshot(page, 'map-regency-poverty-en-desktop');
    await context.close();
  });

  it('opens the map tooltip of a region whose row in the values table has keyboard focus', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}${POVERTY_2024_REGENCY}`);
    await regionsDrawn(page, 514);
    await page.getByText('Tabel nilai peta (514 daerah)').click();
    await page.getByRole('button', { name: 'Kabupaten Kayong Utara' }).focus();
    const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Kabupaten Kayong Utara' });
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('8,84');
    await page.keyboard.press('Tab');
    await tooltip.waitFor({ state: 'detached' });
    await context.close();
  });
});
