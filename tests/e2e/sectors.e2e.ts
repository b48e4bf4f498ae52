import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SECTOR_CODES, SECTOR_NAMES, SECTOR_SHORT_NAMES } from '../../src/domain/sectors/sector-codes';
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
    const technical = await page.locator('.sector-priority__technical').allTextContents();
    expect(technical.find((r) => r.startsWith(AGRICULTURE))).toMatch(
      /basis \(LQ 1,96\) dan masih menguat \(DLQ 1,01\)/,
    );
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons.find((r) => r.startsWith('Pertanian '))).toMatch(
      /^Pertanian menyumbang porsi ekonomi 1,96 kali porsinya di Indonesia .*\(2020–2024\)/,
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

    // The weights sit in a folded panel: open it first.
    await page.locator('details.sectors-weights > summary').click();
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
    const technical = await page.locator('.sector-priority__technical').allTextContents();
    expect(technical).toContain(
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

  it('shows Kayong Utara as a quarterly, preliminary snapshot: Pertanian LQ 1,34 in Q1 and 1,27 in Q2', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=61.11`);
    await page.getByRole('heading', { name: 'Kabupaten Kayong Utara', level: 2 }).waitFor();
    const summary = (await page.locator('.sectors-reference').textContent()) ?? '';
    expect(summary).toContain('Kalimantan Barat (jumlah 14 kabupaten/kota)');
    expect(summary).toContain('Triwulan II 2026 · angka sementara');
    expect(await page.locator('.sectors-snapshot').textContent()).toContain(
      'tidak dipakai untuk ukuran pertumbuhan',
    );
    const agriculture = () => page.locator('.sector-priority', { hasText: AGRICULTURE });
    expect(await agriculture().locator('.sector-priority__reason').textContent()).toContain(
      'Pertanian menyumbang porsi ekonomi 1,27 kali porsinya di Kalimantan Barat pada triwulan II 2026 (angka sementara)',
    );
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons.join(' ')).not.toContain('DLQ');
    expect(await page.getByText('Kuadran LQ × DLQ').count()).toBe(0);
    expect(await page.getByText('Shift-share per sektor').count()).toBe(0);
    await screenshot(page, 'sectors-61-11-id-desktop');

    await page.getByLabel('Data', { exact: true }).selectOption('2026Q1');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '2026Q1');
    await page.getByText('Triwulan I 2026 · angka sementara').waitFor();
    expect(await agriculture().locator('.sector-priority__reason').textContent()).toContain(
      'Pertanian menyumbang porsi ekonomi 1,34 kali porsinya di Kalimantan Barat pada triwulan I 2026 (angka sementara)',
    );
    expect(await agriculture().locator('.sector-priority__facts').textContent()).toContain('LQ1,34');
    // Only Kalimantan Barat's own map on its page.
    const own = page.getByRole('img', {
      name: 'Peta sektor prioritas teratas: Kabupaten/kota di Kalimantan Barat',
    });
    await own.locator('path').first().waitFor();
    expect(await own.locator('path').count()).toBe(14);
    expect(await page.getByRole('img', { name: /Kepulauan Riau|Bangka Belitung|Provinsi$/ }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ranks a regency of every other island group from the 2026 quarters against its province regencies', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    const cases = [
      ['33.74', 'Kota Semarang', 'Jawa Tengah', 35],
      ['73.71', 'Kota Makassar', 'Sulawesi Selatan', 24],
      ['51.03', 'Kabupaten Badung', 'Bali', 9],
      ['81.71', 'Kota Ambon', 'Maluku', 11],
      ['64.72', 'Kota Samarinda', 'Kalimantan Timur', 10],
    ] as const;
    for (const [code, name, province, count] of cases) {
      await page.goto(`${baseUrl}/sectors?region=${code}`);
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      const summary = (await page.locator('.sectors-reference').textContent()) ?? '';
      expect(summary, code).toContain(`${province} (jumlah ${count} kabupaten/kota)`);
      expect(summary, code).toContain('Triwulan II 2026 · angka sementara');
      expect(await page.locator('.sectors-snapshot').textContent(), code).toContain(
        'Potret struktur triwulan II 2026 (angka sementara)',
      );
      expect(await page.locator('.sector-priority').count(), code).toBe(17);
      const reasons = await page.locator('.sector-priority__reason').allTextContents();
      expect(
        reasons.every((r) =>
          r.includes(`kali porsinya di ${province} pada triwulan II 2026 (angka sementara)`),
        ),
      ).toBe(true);
      expect(await page.getByText('Kuadran LQ × DLQ').count(), code).toBe(0);
    }
    // Badung, accommodation and food, Q2: (2,840.4 / 10,678.7) / (9,283.98 / 47,533.1) = 1.3618.
    const accommodation = page.locator('.sector-priority', { hasText: 'Penyediaan Akomodasi' });
    await page.goto(`${baseUrl}/sectors?region=51.03`);
    expect(await accommodation.locator('.sector-priority__reason').textContent()).toContain(
      'Akomodasi & makan menyumbang porsi ekonomi 1,36 kali porsinya di Bali',
    );
    await screenshot(page, 'sectors-51-03-id-desktop');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('gives Kota Padang the full annual analysis against its province and against its regencies 2021–2025', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors?region=13.71`);
    await page.getByRole('heading', { name: 'Kota Padang', level: 2 }).waitFor();
    const published = (await page.locator('.sectors-reference').textContent()) ?? '';
    expect(published).toContain('Sumatera Barat (PDRB provinsi)');
    expect(published).toContain('Tahunan 2023–2024');
    await page.getByText('Kuadran LQ × DLQ').waitFor();
    await page.getByText('Shift-share per sektor').waitFor();
    const technical = await page.locator('.sector-priority__technical').allTextContents();
    expect(technical.every((r) => /\(DLQ \d,\d\d\)/.test(r))).toBe(true);
    expect(await page.locator('.sector-priority__facts').first().textContent()).toMatch(
      /Klassen(I|II|III|IV) –/,
    );

    await page.goto(`${baseUrl}/sectors?region=13.71&ref=regencies`);
    await page
      .locator('.sectors-reference', { hasText: 'Sumatera Barat (jumlah 19 kabupaten/kota)' })
      .waitFor();
    expect(await page.locator('.sectors-reference').textContent()).toContain('Tahunan 2021–2025');
    await page.getByText('Shift-share per sektor').waitFor();
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
    const technical = await page.locator('.sector-priority__technical').allTextContents();
    expect(technical.every((r) => /\(DLQ \d,\d\d\)/.test(r))).toBe(true);
    await context.close();
  });

  it('colours every province and at least 510 of 514 kabupaten/kota, the legend naming every sector shown', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sectors`);
    const national = page.getByRole('img', { name: /Peta sektor prioritas teratas: Provinsi/ });
    await national.waitFor();
    expect(await national.locator('path').count()).toBe(38);
    expect(await national.locator('path[fill="#c8c8c8"]').count()).toBe(0);
    const regencies = page.getByRole('img', {
      name: /Peta sektor prioritas teratas: Kabupaten\/kota di Indonesia/,
    });
    await regencies.locator('path').first().waitFor();
    expect(await regencies.locator('path').count()).toBe(514);
    const coloured = await regencies.locator('path:not([fill="#c8c8c8"])').count();
    expect(coloured).toBeGreaterThanOrEqual(510);
    const titles = await regencies.locator('path title').allTextContents();
    const shown = new Set(
      SECTOR_CODES.filter((code) => titles.some((title) => title.includes(`: ${SECTOR_NAMES[code].id} (`))),
    );
    expect(shown.size).toBeGreaterThan(3);
    const legend = (await page.locator('.sectors-map-legend').textContent()) ?? '';
    for (const code of shown) expect(legend, code).toContain(SECTOR_SHORT_NAMES[code].id);
    expect(legend).toContain('tidak ada data sektor');
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
    const technical = await page.locator('.sector-priority__technical').allTextContents();
    expect(technical.find((r) => r.startsWith('Agriculture'))).toMatch(
      /basic \(LQ 1\.96\) and still strengthening/,
    );
    const reasons = await page.locator('.sector-priority__reason').allTextContents();
    expect(reasons.find((r) => r.startsWith('Agriculture'))).toMatch(
      /^Agriculture makes up 1\.96 times the share of the economy it has in Indonesia/,
    );
    await screenshot(page, 'sectors-61-en-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'sectors-61-en-phone');
    await context.close();

    const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${baseUrl}/sectors?region=61.11`);
    await phonePage.getByRole('heading', { name: 'Kabupaten Kayong Utara', level: 2 }).waitFor();
    await phonePage.locator('.sector-priority__reason').first().waitFor();
    // Answer first: the first sector and its whole reason within the first screen.
    const name = await phonePage.locator('.sector-priority strong').first().boundingBox();
    const reason = await phonePage.locator('.sector-priority__reason').first().boundingBox();
    expect(name!.y).toBeGreaterThan(0);
    expect(reason!.y + reason!.height).toBeLessThanOrEqual(844);
    expect(await phonePage.locator('.sector-priority__reason').first().textContent()).toMatch(
      /^Pertanian menyumbang porsi ekonomi 1,27 kali/,
    );
    // Weights folded away; each technical term explained in Indonesian on the page.
    expect(await phonePage.locator('details.sectors-weights').getAttribute('open')).toBeNull();
    const glossary = phonePage.getByRole('region', { name: 'Istilah di halaman ini' });
    for (const [term, words] of [
      ['LQ (Location Quotient', 'porsi sebuah sektor dalam ekonomi daerah'],
      ['DLQ (Dynamic Location Quotient)', 'dihitung dari pertumbuhan'],
      ['Shift-share', 'Memecah pertambahan nilai'],
      ['Tipologi Klassen', 'Mengelompokkan sektor'],
    ] as const) {
      const entry = glossary.locator('.sectors-glossary__entry', { hasText: term }).first();
      expect(await entry.textContent(), term).toContain(words);
    }
    await screenshot(phonePage, 'sectors-61-11-id-phone');
    await phone.close();
  });

  it('has no serious or critical WCAG A/AA violations', async () => {
    const { page, context } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}/sectors?region=61`);
    await page.locator('.sector-priority').first().waitFor();
    await page
      .getByRole('img', { name: 'Peta sektor prioritas teratas: Kabupaten/kota di Kalimantan Barat' })
      .waitFor();
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
