import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, sharedBrowser, openPage, screenshot } from './browser-session';

describe.skipIf(!chromiumPath)('dashboard shell in Chromium', () => {
  const browser = sharedBrowser();

  it('opens the overview in Indonesian and switches to English', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Peta kinerja daerah' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await screenshot(page, 'overview-id-desktop');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional performance map' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Regional performance map' }).waitFor();
    await screenshot(page, 'overview-en-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens the profile of Kabupaten Kayong Utara from a direct link, on a tablet', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/region/61.11`);
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }).waitFor();
    await page.getByRole('link', { name: 'Kalimantan Barat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kartu skor' }).waitFor();
    await screenshot(page, 'region-61.11-id-tablet');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('falls back with a notice for /?indicator=nonexistent&year=abc', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/?indicator=nonexistent&year=abc`);
    await page.getByText('Parameter “year=abc” di alamat tidak dikenali; memakai nilai bawaan.').waitFor();
    await page.getByText(/Indikator “nonexistent” tidak ada/).waitFor();
    await screenshot(page, 'bad-params-notice');
    await context.close();
  });

  it('reaches every page from the keyboard', async () => {
    const { page, context } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke konten');
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Data & sumber' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Data & sumber' }).waitFor();
    await context.close();
  });
});
