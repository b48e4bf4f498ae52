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
});
