import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { baseUrl, chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByLabel('Pilih berkas CSV').setInputFiles({ name, mimeType, buffer });
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

describe.skipIf(!chromiumPath)('importing a BPS export and official figures in Chromium', () => {
  const browser = sharedBrowser();

  it('imports a row once its suggested region is accepted on the page', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/import`);
    // A test value for a misspelt region, labelled as such.
    const text = 'nama_wilayah,tahun,nilai,indikator,nama_indikator\nKayong Utra,2024,5,uji-saran,Uji saran';
    await upload(page, 'saran-uji.csv', Buffer.from(text), 'text/csv');
    const select = page.getByLabel(/“Kayong Utra” tidak dikenal — terima saran/);
    await select.selectOption('61.11');
    await page.getByRole('button', { name: 'Impor 1 baris sah' }).click();
    await page.getByText(/saran-uji\.csv diimpor: 1 baris/).waitFor();
    await context.close();
  });

  it('warns before an import overrides Kayong Utara’s IPM, then credits the file on /rankings and its images', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/import`);
    // A test value: 99,11 against the official 65,74.
    await upload(
      page,
      'ipm-salah.csv',
      Buffer.from('kode_wilayah;tahun;nilai;indikator\n61.11;2024;99,11;ipm'),
      'text/csv',
    );
    const warning = page.getByRole('region', { name: /Periksa dulu: 1 nilai jauh dari data resmi/ });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('99,1165,74');
    await screenshot(page, 'import-plausibility-id-desktop');
    await page.getByRole('button', { name: 'Impor 1 baris sah' }).click();
    await page.getByText(/ipm-salah\.csv diimpor: 1 baris/).waitFor();

    await page.goto(`${baseUrl}/rankings?indicator=ipm&year=2024&level=regency`);
    const figure = page.locator('figure', { hasText: '10 teratas dan 10 terbawah' });
    await figure.locator('.recharts-bar-rectangle').first().waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Data impor: ipm-salah.csv');
    const svg = await downloadOf(page, () => figure.getByRole('button', { name: 'Gambar (SVG)' }).click());
    expect(readFileSync((await svg.path())!, 'utf8')).toContain('Data impor: ipm-salah.csv');
    const png = await downloadOf(page, () => figure.getByRole('button', { name: 'Gambar (PNG)' }).click());
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await screenshot(page, 'rankings-imported-ipm-id-desktop');
    await context.close();
  });
});
