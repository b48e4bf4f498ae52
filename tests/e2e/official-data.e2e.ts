import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, sharedBrowser, openPage, screenshot } from './browser-session';

async function regionsDrawn(page: Page, count: number): Promise<void> {
  await page.locator(`.leaflet-container[data-regions-drawn="${count}"]`).waitFor();
}

async function legendCounts(page: Page): Promise<number[]> {
  const counts = await page.locator('.legend__count').allTextContents();
  return counts.map((text) => Number(text.replace(/\D/g, '')));
}

/** Focuses a region's row in the values table, which opens its tooltip on the map. */
async function tooltipOf(page: Page, name: string, tableLabel: RegExp): Promise<string> {
  const summary = page.getByText(tableLabel);
  if ((await summary.locator('..').getAttribute('open')) === null) await summary.click();
  await page.getByRole('button', { name, exact: true }).focus();
  const tooltip = page.locator('.leaflet-tooltip', { hasText: name });
  await tooltip.waitFor();
  const text = (await tooltip.textContent()) ?? '';
  // Closed again, so that full-page screenshots show the map rather than 514 table rows.
  await summary.click();
  return text;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical WCAG A/AA violations on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function openPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
  return { context, page: await context.newPage() };
}

describe.skipIf(!chromiumPath)('unemployment, Ombudsman zones and source grades in Chromium', () => {
  const browser = sharedBrowser();

  it('draws unemployment for all 514 regencies/cities, with the 2023 gaps as no data, marked secondary', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/?indicator=unemployment-rate&year=2023&level=regency`);
    await regionsDrawn(page, 514);
    const counts = await legendCounts(page);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(514);
    // 499 regencies/cities have a 2023 value in the compilation; the other 15 stay gaps.
    expect(counts.at(-1)).toBe(15);
    const tip = await tooltipOf(page, 'Kabupaten Kayong Utara', /Tabel nilai peta \(514 daerah\)/);
    expect(tip).toContain('3,04');
    expect(tip).toContain('sekunder');
    await screenshot(page, 'tpt-regency-2023-id-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws the provinces from their own BPS values and marks the 2024 press quotes', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/?indicator=unemployment-rate&year=2023&level=province`);
    await regionsDrawn(page, 38);
    const counts = await legendCounts(page);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(38);
    expect(counts.at(-1)).toBe(4); // the four new Papua provinces: BPS lists 34 until 2023
    expect(await tooltipOf(page, 'Jawa Barat', /Tabel nilai peta \(38 daerah\)/)).toContain('7,44');
    await screenshot(page, 'tpt-province-2023-id-tablet');

    await page.goto(`${baseUrl}/?indicator=unemployment-rate&year=2024&level=province`);
    await regionsDrawn(page, 38);
    expect(await legendCounts(page).then((c) => c.at(-1))).toBe(28); // only the ten highest were quoted
    const tip = await tooltipOf(page, 'Jawa Barat', /Tabel nilai peta \(38 daerah\)/);
    expect(tip).toContain('6,75');
    expect(tip).toContain('kutipan pers');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows an Ombudsman zone-only regency in its zone, counted in the legend, never with a number', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/?indicator=ombudsman-score&year=2024&level=regency&region=11.01`);
    await regionsDrawn(page, 514);
    const legend = page.locator('.legend');
    await expect(legend.textContent()).resolves.toContain('Hanya kategori resmi, tanpa nilai');
    const zones = legend.locator('.legend__categories li');
    expect(await zones.allTextContents()).toEqual([
      'Zona hijau80 daerah',
      'Zona kuning0 daerah',
      'Zona merah0 daerah',
    ]);
    expect((await legendCounts(page)).reduce((a, b) => a + b, 0)).toBe(514);

    const panel = page.getByRole('complementary', { name: 'Daerah terpilih' });
    await panel.getByText('Zona hijau').waitFor();
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain('Kabupaten Aceh Selatan');
    expect(panelText).toContain('tanpa nilai angka');
    expect(panelText).not.toMatch(/\d+,\d\d/); // no score anywhere
    expect(panelText).toContain('kutipan pers');

    const tip = await tooltipOf(page, 'Kabupaten Aceh Selatan', /Tabel nilai peta \(514 daerah\)/);
    expect(tip).toContain('Zona hijau');
    expect(tip).toContain('tanpa nilai angka');
    expect(tip).not.toMatch(/\d+,\d\d/);
    await screenshot(page, 'ombudsman-zone-only-id-desktop');
    // The zone legend, the grade mark and the zone badge pass axe's WCAG A/AA rules.
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await legend.getByText('Official category only, no value').waitFor();
    const panelEn = page.getByRole('complementary', { name: 'Selected region' });
    await panelEn.getByText('Green zone').waitFor();
    expect(await panelEn.textContent()).toContain('no numeric value');
    await screenshot(page, 'ombudsman-zone-only-en-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads on a phone: the zone-only panel and the legend', async () => {
    const { page, context } = await openPhone(browser());
    await page.goto(`${baseUrl}/?indicator=ombudsman-score&year=2024&level=regency&region=11.01`);
    await regionsDrawn(page, 514);
    await page.getByRole('complementary', { name: 'Daerah terpilih' }).getByText('Zona hijau').waitFor();
    await screenshot(page, 'ombudsman-zone-only-id-phone');
    await page.goto(`${baseUrl}/data`);
    await page.getByRole('heading', { name: 'Tingkat Pengangguran Terbuka (TPT)', exact: true }).waitFor();
    await page.getByRole('row', { name: /^2024/ }).first().waitFor();
    await screenshot(page, 'data-page-id-phone');
    await context.close();
  });

  it('lists on /data the grade, the compile date and the coverage after the additions', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/data`);
    const card = (name: string) =>
      page.locator('article', { has: page.getByRole('heading', { name, exact: true }) });
    const tpt = card('Tingkat Pengangguran Terbuka (TPT)');
    await tpt.getByRole('row', { name: /^2024/ }).waitFor();
    // 2024: the 411 regencies of tpt_regency.csv and the 103 tpt_regency_2024.csv fills.
    expect(await tpt.getByRole('row', { name: /^2024/ }).textContent()).toBe('2024ya10 / 38514 / 514');
    expect(await tpt.getByRole('row', { name: /^2021/ }).textContent()).toBe('2021ya34 / 38513 / 514');
    expect(await tpt.textContent()).toContain('Tabel dihimpuntidak dinyatakan');
    const grades = tpt.locator('.grade-counts li');
    expect(await grades.count()).toBe(2);
    expect(await grades.nth(0).locator('.grade-mark').first().textContent()).toMatch(/^sekunder/);
    expect(await grades.nth(0).textContent()).toMatch(/2\.124 nilai$/);
    expect(await grades.nth(1).locator('.grade-mark').first().textContent()).toMatch(/^kutipan pers/);
    expect(await grades.nth(1).textContent()).toMatch(/11 nilai$/);

    const ombudsman = card('Nilai kepatuhan pelayanan publik (Ombudsman RI)');
    await ombudsman.getByRole('row', { name: /^2024/ }).waitFor();
    expect(await ombudsman.getByRole('row', { name: /^2024/ }).textContent()).toBe(
      '2024–12 / 38 +2 hanya kategori75 / 514 +80 hanya kategori',
    );
    expect(await ombudsman.textContent()).toContain('Tabel dihimpun2025–2026');
    await tpt.scrollIntoViewIfNeeded();
    await screenshot(page, 'data-page-grades-id-desktop');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    const tptEn = card('Open unemployment rate');
    await tptEn.getByText('Table compiled').waitFor();
    expect(await tptEn.textContent()).toContain('not stated');
    expect(await tptEn.getByRole('row', { name: /^2024/ }).textContent()).toBe('2024yes10 / 38514 / 514');
    await screenshot(page, 'data-page-grades-en-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
