import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import {
  baseUrl,
  chromiumPath,
  openPage,
  screenshot,
  SCREENSHOT_DIR,
  sharedBrowser,
} from './browser-session';

/** Only what is on screen: the map's table of 514 rows makes a full-page picture unreadable. */
async function viewportShot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * The user's own files. The values are test values for the journey, labelled "(uji)"; they are not
 * official figures and never leave the test browser.
 */
const INDICATOR_CSV = [
  'kode_wilayah;tahun;nilai;indikator;nama_indikator;satuan;arah;sumber',
  '61.11;2024;1.234,5;rumah-layak-uji;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
  '61.04;2024;987,25;rumah-layak-uji;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
  '61.01;2024;2.001;rumah-layak-uji;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
].join('\n');

const SECTORS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M,N', 'O', 'P', 'Q', 'R,S,T,U'];
/** Kayong Utara, ADHK, miliar rupiah — test values shaped like a small agricultural economy. */
const SECTOR_VALUES = [620, 40, 180, 2, 3, 210, 260, 60, 30, 25, 40, 70, 5, 110, 90, 30, 20];
const SECTORS_CSV = [
  'kode_wilayah,tahun,harga,kode_sektor,nilai,sumber',
  ...[2023, 2024].flatMap((year, y) => {
    const values = SECTOR_VALUES.map((v, i) => v * (1 + 0.05 * y * (i % 3)));
    const total = values.reduce((a, b) => a + b, 0);
    return [
      ...SECTORS.map((s, i) => `61.11,${year},adhk,"${s}",${values[i]!.toFixed(2)},BPS Kayong Utara (uji)`),
      `61.11,${year},adhk,TOTAL,${total.toFixed(2)},BPS Kayong Utara (uji)`,
    ];
  }),
].join('\n');

const TARGETS_CSV = [
  'kode_wilayah,indikator,tahun,target,sumber',
  '61.11,poverty-rate,2026,8.00,RPJMD (uji)',
].join('\n');

async function upload(page: Page, name: string, text: string) {
  await page
    .getByLabel('Pilih berkas CSV')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

describe.skipIf(!chromiumPath)('importing local data in Chromium', () => {
  const browser = sharedBrowser();

  it('imports a new indicator onto the map, keeps it after a reload and removes it everywhere', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/import`);
    await upload(page, 'rumah-uji.csv', INDICATOR_CSV);
    await page.getByText('Semua 3 baris sah dan siap diimpor.').waitFor();
    await screenshot(page, 'import-review-id-desktop');
    await page.getByRole('button', { name: 'Impor 3 baris sah' }).click();
    await page.getByText(/rumah-uji\.csv diimpor: 3 baris/).waitFor();

    await page.getByRole('link', { name: 'Lihat Rumah layak huni (uji) di peta' }).click();
    const select = page.getByLabel('Indikator', { exact: true });
    await expect.poll(() => select.inputValue()).toBe('rumah-layak-uji');
    await page.getByText(/Tabel nilai peta/).click();
    const table = page.getByRole('table', { name: /Rumah layak huni \(uji\) 2024/ });
    const kayong = table.getByRole('row', { name: /Kabupaten Kayong Utara/ });
    await expect.poll(() => kayong.textContent()).toContain('1.234,50');
    expect(await kayong.textContent()).toContain('Data impor');
    expect(await table.getByRole('row', { name: /Kabupaten Sambas/ }).textContent()).toContain('2.001,00');
    expect(await page.locator('.source-note').first().textContent()).toContain('Data impor: rumah-uji.csv');
    await viewportShot(page, 'import-map-id-desktop');
    await kayong.scrollIntoViewIfNeeded();
    await viewportShot(page, 'import-map-table-id-desktop');

    await page.reload();
    await expect.poll(() => select.inputValue()).toBe('rumah-layak-uji');

    await page.goto(`${baseUrl}/import`);
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor rumah-uji.csv sebagai CSV' }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe('rumah-uji_ekspor_id.csv');
    const exportedText = readFileSync((await exported.path())!, 'utf8');
    expect(exportedText).toContain(
      '61.11;Kabupaten Kayong Utara;2024;1234,5;rumah-layak-uji;Rumah layak huni (uji)',
    );
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Templat PDRB menurut lapangan usaha' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('templat-sectors_id.csv');
    const templateText = readFileSync((await template.path())!, 'utf8');
    expect(templateText.charCodeAt(0)).toBe(0xfeff); // BOM: spreadsheets read it as UTF-8
    const templateLines = templateText.slice(1).trim().split(/\r?\n/);
    expect(templateLines[0]).toBe('kode_wilayah;nama_wilayah;tahun;harga;kode_sektor;nilai;sumber');
    expect(templateLines).toHaveLength(1 + 18);
    await page.getByRole('button', { name: 'Hapus rumah-uji.csv' }).click();
    await page.getByText('Belum ada data yang diimpor di peramban ini.').waitFor();
    await page.goto(`${baseUrl}/?indicator=rumah-layak-uji`);
    await page.getByText(/Indikator “rumah-layak-uji” tidak ada/).waitFor();
    expect(await page.locator('option[value="rumah-layak-uji"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('makes the sectors page work for a regency from imported PDRB, and the profile show its target', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=61.11`);
    await page
      .getByRole('heading', { name: /Kabupaten Kayong Utara/ })
      .first()
      .waitFor();
    const before = await page.locator('main').textContent();

    await page.goto(`${baseUrl}/import`);
    await upload(page, 'pdrb-kayong-uji.csv', SECTORS_CSV);
    await page.getByText('Semua 36 baris sah dan siap diimpor.').waitFor();
    await page.getByRole('button', { name: 'Impor 36 baris sah' }).click();
    await page.getByText(/pdrb-kayong-uji\.csv diimpor: 36 baris/).waitFor();
    await upload(page, 'target-uji.csv', TARGETS_CSV);
    await page.getByRole('button', { name: 'Impor 1 baris sah' }).click();
    await page.getByText(/target-uji\.csv diimpor: 1 baris/).waitFor();
    await screenshot(page, 'import-list-id-desktop');

    await page.goto(`${baseUrl}/sectors?region=61.11`);
    await page.locator('#sectors-region-title').waitFor();
    const main = await page.locator('main').textContent();
    expect(main).toContain('Kalimantan Barat');
    expect(main).toContain('Data impor: pdrb-kayong-uji.csv');
    expect(before).not.toContain('Data impor: pdrb-kayong-uji.csv');
    await screenshot(page, 'import-sectors-id-desktop');

    await page.goto(`${baseUrl}/region/61.11`);
    // Poverty 8,84 % in 2024 against an imported 2026 target of 8,00 %: 0,84 still to go.
    await page
      .getByText(/target 2026: 8,00/)
      .first()
      .waitFor();
    expect(await page.locator('main').textContent()).toContain('kurang 0,84');
    await screenshot(page, 'import-profile-target-id-desktop');
    // The bundled data publish no targets: each optional targets/{indicator}.json answers 404 (none).
    expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    await context.close();
  });

  it('reads well at tablet and phone widths, in Indonesian and English', async () => {
    for (const [viewport, language] of [
      ['tablet', 'id'],
      ['tablet', 'en'],
      ['desktop', 'en'],
    ] as const) {
      const { page, context } = await openPage(browser(), viewport);
      await page.goto(`${baseUrl}/import`);
      if (language === 'en')
        await page
          .getByRole('button', { name: /English|Switch to English/ })
          .first()
          .click();
      const label = language === 'en' ? 'Choose a CSV file' : 'Pilih berkas CSV';
      await page.getByLabel(label).setInputFiles({
        name: 'campur.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'kode_wilayah,tahun,nilai,indikator\n61.11,2024,9.1,poverty-rate\nKayong Utra,2024,5,poverty-rate\n61.04,2031,5,poverty-rate',
        ),
      });
      await page.locator('.import-report').waitFor();
      await screenshot(page, `import-report-${language}-${viewport}`);
      await context.close();
    }
    const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/import`);
    await upload(page, 'rumah-uji.csv', INDICATOR_CSV);
    await page.getByText('Semua 3 baris sah dan siap diimpor.').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'import-review-id-phone');
    await phone.close();
  });

  it('has no serious or critical WCAG A/AA violations with a review, a report and the list on screen', async () => {
    const { page, context } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/import`);
    await upload(page, 'rumah-uji.csv', INDICATOR_CSV);
    await page.getByRole('button', { name: 'Impor 3 baris sah' }).click();
    await upload(
      page,
      'campur.csv',
      'kode_wilayah,tahun,nilai\nKayong Utra,2024,5\n61.11,2024,x\n61.04,2024,3',
    );
    await page.locator('.import-report').waitFor();
    // Evaluated, not an inline <script>: the app's CSP blocks inline scripts.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string | null }[] }>;
        };
      };
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations;
    });
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await context.close();
  });
});
