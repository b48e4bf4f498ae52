import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, sharedBrowser, openPage, screenshot } from './browser-session';

describe.skipIf(!chromiumPath)('data page in Chromium', () => {
  const browser = sharedBrowser();

  it('shows coverage and sources, and downloads the poverty CSV for an Indonesian spreadsheet', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/data`);
    const card = page.locator('article', {
      has: page.getByRole('heading', { name: 'Persentase penduduk miskin (P0)' }),
    });
    await card.getByRole('row', { name: /^2024/ }).waitFor();
    expect(await card.getByRole('row', { name: /^2024/ }).textContent()).toContain('514 / 514');
    expect(await card.getByRole('link').first().getAttribute('href')).toMatch(
      /^https:\/\/www\.bps\.go\.id\//,
    );
    const regions = page.locator('article', {
      has: page.getByRole('heading', { name: 'Wilayah dan batas' }),
    });
    expect(await regions.textContent()).toContain('514 (416 kabupaten, 98 kota)');
    await screenshot(page, 'data-page-id-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /^Unduh CSV: / }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kinerja-daerah_poverty-rate_id.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: spreadsheets read it as UTF-8
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'region_code',
      'region_name',
      'level',
      'year',
      'value',
      'unit',
      'source',
      'source_url',
      'note',
      'flags',
      'category',
      'grade',
    ]);
    const kayong2024 = rows.find((r) => r[0] === '61.11' && r[3] === '2024');
    expect(kayong2024?.slice(0, 5)).toEqual(['61.11', 'Kabupaten Kayong Utara', 'regency', '2024', '8,84']);
    // Read from a GitHub mirror of the BPS table: a secondary source; the national March rows are press quotes.
    expect(kayong2024?.at(-1)).toBe('secondary');
    expect(rows.find((r) => r[0] === 'ID' && r[3] === '2024')?.at(-1)).toBe('press');
    // 514 regencies × 4 years + 38 provinces' and the national rows
    expect(rows.filter((r) => r[2] === 'regency')).toHaveLength(514 * 4);
    expect(rows.filter((r) => r[2] === 'country')).toHaveLength(4);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reports the regencies without sanitation in 2024, and its CSV lists the same', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/data?gap-indicator=improved-sanitation&gap-year=2024`);
    const report = page.locator('section.missing-report');
    const rows = report.locator('tbody tr');
    await rows.first().waitFor();
    const names = (await rows.locator('th').allTextContents()).map((t) => t.split(' · ')[0]);
    expect(names.sort()).toEqual(['Kabupaten Mamberamo Tengah', 'Kabupaten Puncak', 'Kabupaten Tolikara']);
    expect(await report.getByRole('combobox', { name: 'Tahun' }).inputValue()).toBe('2024');
    expect(
      await rows
        .first()
        .getByRole('link', { name: /sanitasi layak 2024/ })
        .getAttribute('href'),
    ).toBe('/import');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Unduh CSV celah' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const csv = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(csv[0]).toEqual([
      'region_code',
      'region_name',
      'province',
      'indicator',
      'indicator_name',
      'year',
      'status',
    ]);
    expect(
      csv
        .slice(1)
        .map((r) => [r[0], r[1], r[3], r[5], r[6]])
        .sort(),
    ).toEqual([
      ['94.05', 'Kabupaten Puncak', 'improved-sanitation', '2024', 'tidak ada data'],
      ['95.04', 'Kabupaten Tolikara', 'improved-sanitation', '2024', 'tidak ada data'],
      ['95.05', 'Kabupaten Mamberamo Tengah', 'improved-sanitation', '2024', 'tidak ada data'],
    ]);

    await page.setViewportSize({ width: 390, height: 844 });
    await report.getByRole('combobox', { name: 'Indikator' }).selectOption('');
    await page.waitForURL(/gap-year=2024/);
    expect(page.url()).not.toContain('gap-indicator');
    await rows.first().waitFor();
    await screenshot(page, 'data-missing-report-id-phone');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
