import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { baseUrl, chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';

/** Built from the bundled IPM by scripts/fixtures/build-bps-ipm-export.ts: BPS's layout and spellings. */
const BPS_CSV = readFileSync(resolve(import.meta.dirname, '../fixtures/bps-ipm-export.csv'), 'utf8');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The same export as BPS's .xlsx: the title merged across the table, numbers as numbers. */
async function bpsWorkbook(): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const rows = Papa.parse<string[]>(BPS_CSV.trim()).data;
  return writeXlsxFile(
    rows.map((row, i) =>
      row.map((cell, j) =>
        i === 0 && j === 0
          ? { value: cell, columnSpan: row.length }
          : cell === ''
            ? null
            : /^\d+(\.\d+)?$/.test(cell)
              ? { value: Number(cell), type: Number }
              : { value: cell, type: String },
      ),
    ),
  ).toBuffer();
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByLabel('Pilih berkas CSV').setInputFiles({ name, mimeType, buffer });
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

describe.skipIf(!chromiumPath)('importing a BPS export and official figures in Chromium', () => {
  const browser = sharedBrowser();

  it.each([
    ['ipm-bps.csv', 'text/csv'],
    ['ipm-bps.xlsx', XLSX_TYPE],
  ])('recognises %s as IPM and matches every region row with no manual choice', async (name, type) => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/import`);
    const buffer = type === XLSX_TYPE ? await bpsWorkbook() : Buffer.from(BPS_CSV);
    await upload(page, name, buffer, type);
    await page.getByText(/ekspor tabel BPS/).waitFor();
    expect(await page.getByLabel('Indikator yang sudah ada', { exact: true }).inputValue()).toBe('ipm');
    // 38 provinces, 514 regencies and Indonesia: all matched (≥ 99 % required), none to choose by hand.
    await page
      .getByText(
        'Berkas berisi 553 baris data: 553 diimpor, 0 dilewati dengan alasan, 0 tidak ada data di berkas.',
      )
      .waitFor();
    expect(await page.locator('.import-fieldset select').count()).toBe(0);
    await screenshot(page, `import-bps-${name.endsWith('xlsx') ? 'xlsx' : 'csv'}-id-desktop`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

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
