import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';

const AGRICULTURE = 'Pertanian, Kehutanan, dan Perikanan';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function priorityNames(page: Page): Promise<string[]> {
  return page.locator('.sector-priority strong').allTextContents();
}

describe.skipIf(!chromiumPath)('sector priorities in Chromium', () => {
  const browser = sharedBrowser();

  it('ranks Kalimantan Barat against the sum of provinces, re-ranks on a weight and keeps it in the URL', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=61`);
    await page.getByRole('heading', { name: 'Kalimantan Barat', level: 2 }).waitFor();
    expect(await page.locator('.sectors-reference').textContent()).toContain('jumlah 38 provinsi');
    expect(await page.locator('.sectors-reference').textContent()).toContain('Tahunan 2020–2024');

    const before = await priorityNames(page);
    expect(before).toHaveLength(17);
    expect(before.slice(0, 5)).toContain(AGRICULTURE);
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons.find((r) => r.startsWith(AGRICULTURE))).toMatch(
      /basis \(LQ 1,96\) dan masih menguat \(DLQ 1,01\)/,
    );
    // The 2023 column of the static-LQ table: the worked example's anchor against Σ34 provinces.
    const lqRow = page.getByRole('row', { name: new RegExp(`^A ${AGRICULTURE}`) });
    expect(await lqRow.textContent()).toContain('1,94');
    await screenshot(page, 'sectors-61-id-desktop');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh tabel (CSV)' }).first().click(),
    ]);
    expect(csv.suggestedFilename()).toBe('sektor-prioritas-61-2020-2024-adhk.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toContain('No.;Kode;Lapangan usaha;Skor;LQ;DLQ');
    expect(csvText).toContain('1;A;Pertanian, Kehutanan, dan Perikanan;');

    await page.getByLabel('Ukuran (pangsa PDRB)').fill('0');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w') === '25,20,15,0,15');
    await page.waitForFunction(
      (first) => document.querySelector('.sector-priority strong')?.textContent !== first,
      before[0],
    );
    const after = await priorityNames(page);
    expect(after).not.toEqual(before);
    expect(after[0]).toBe('Jasa Kesehatan dan Kegiatan Sosial');

    await page.reload();
    await page.getByRole('heading', { name: 'Kalimantan Barat', level: 2 }).waitFor();
    expect(await priorityNames(page)).toEqual(after);
    expect(await page.getByLabel('Ukuran (pangsa PDRB)').inputValue()).toBe('0');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads the 2023 LQ of 1,94 when the end year is 2023', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=61&to=2023`);
    await page.getByRole('heading', { name: 'Kalimantan Barat', level: 2 }).waitFor();
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons).toContain(
      `${AGRICULTURE}: basis (LQ 1,94) dan masih menguat (DLQ 1,00); tumbuh lebih cepat dari acuan → unggulan utama`,
    );
    expect(await page.locator('.sectors-reference').textContent()).toContain('jumlah 34 provinsi');
    await context.close();
  });

  it('analyses Sambas against its province with the period and price basis from the URL', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/sectors?region=61.01&from=2023&to=2024&basis=adhb`);
    await page.getByRole('heading', { name: 'Kabupaten Sambas', level: 2 }).waitFor();
    const summary = (await page.locator('.sectors-reference').textContent()) ?? '';
    expect(summary).toContain('Kalimantan Barat (PDRB provinsi)');
    expect(summary).toContain('Tahunan 2023–2024');
    expect(summary).toContain('ADHB');
    expect(await page.getByLabel('Harga').inputValue()).toBe('adhb');
    await page.getByText('Kuadran LQ × DLQ').waitFor();
    await screenshot(page, 'sectors-61-01-id-tablet');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows Kayong Utara as a quarterly, preliminary structure snapshot with no growth measure', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=61.11`);
    await page.getByRole('heading', { name: 'Kabupaten Kayong Utara', level: 2 }).waitFor();
    const summary = (await page.locator('.sectors-reference').textContent()) ?? '';
    expect(summary).toContain('Kalimantan Barat (jumlah 14 kabupaten/kota)');
    expect(summary).toContain('Triwulan I 2026 · angka sementara');
    expect(await page.locator('.sectors-snapshot').textContent()).toContain(
      'tidak dipakai untuk ukuran pertumbuhan',
    );
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons[0]).toMatch(
      /^Pertanian, Kehutanan, dan Perikanan: basis \(LQ 1,\d\d\) pada triwulan I 2026/,
    );
    expect(reasons.join(' ')).not.toContain('DLQ');
    expect(await page.getByText('Kuadran LQ × DLQ').count()).toBe(0);
    expect(await page.getByText('Shift-share per sektor').count()).toBe(0);
    await screenshot(page, 'sectors-61-11-id-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('gives a Bangka Belitung regency the full analysis against its province', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=19.01`);
    await page.getByRole('heading', { name: 'Kabupaten Bangka', level: 2 }).waitFor();
    expect(await page.locator('.sectors-reference').textContent()).toContain(
      'Kepulauan Bangka Belitung (PDRB provinsi)',
    );
    await page.getByText('Kuadran LQ × DLQ').waitFor();
    await page.getByText('Shift-share per sektor').waitFor();
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons.every((r) => /\(DLQ \d,\d\d\)/.test(r))).toBe(true);
    await context.close();
  });

  it('draws every province on the top-sector map and the regencies of 61, 19 and 21', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors`);
    const national = page.getByRole('img', { name: /Peta sektor prioritas teratas: Provinsi/ });
    await national.waitFor();
    expect(await national.locator('path').count()).toBe(38);
    const noData = await national.locator('path[fill="#c8c8c8"]').count();
    expect(noData).toBe(0);
    for (const [name, count] of [
      ['Kalimantan Barat', 14],
      ['Kepulauan Bangka Belitung', 7],
      ['Kepulauan Riau', 7],
    ] as const) {
      const map = page.getByRole('img', { name: `Peta sektor prioritas teratas: Kabupaten/kota di ${name}` });
      await map.locator('path').first().waitFor();
      expect(await map.locator('path').count()).toBe(count);
      expect(await map.locator('path[fill="#c8c8c8"]').count()).toBe(0);
    }
    expect(await page.locator('.sectors-map-legend').textContent()).toContain('tidak ada data sektor');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Unduh Provinsi' })
        .getByRole('button', { name: 'Gambar (SVG)' })
        .click(),
    ]);
    expect(svg.suggestedFilename()).toBe('sektor-teratas-provinsi.svg');
    expect(readFileSync((await svg.path())!, 'utf8')).toContain('Pertanian');
    await screenshot(page, 'sectors-map-id-desktop');
    await context.close();
  });

  it('looks right in English and on a phone', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=61`);
    await page.getByRole('heading', { name: 'Kalimantan Barat', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Sector priorities').waitFor();
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons.find((r) => r.startsWith('Agriculture'))).toMatch(
      /basic \(LQ 1\.96\) and still strengthening/,
    );
    await screenshot(page, 'sectors-61-en-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'sectors-61-en-phone');
    await context.close();

    const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${baseUrl}/sectors?region=61.11`);
    await phonePage.getByRole('heading', { name: 'Kabupaten Kayong Utara', level: 2 }).waitFor();
    await screenshot(phonePage, 'sectors-61-11-id-phone');
    await phone.close();
  });

  it('has no serious or critical WCAG A/AA violations', async () => {
    const { page, context } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/sectors?region=61`);
    await page.locator('.sector-priority').first().waitFor();
    await page.getByRole('img', { name: /Peta sektor prioritas teratas: Provinsi/ }).waitFor();
    await page.evaluate(axeSource);
    const serious = await page.evaluate(async () => {
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
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
    });
    expect(serious).toEqual([]);
    await context.close();
  });
});
