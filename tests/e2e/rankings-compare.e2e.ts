import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';

const RANKINGS = '/rankings?indicator=poverty-rate&year=2024&level=regency';
const PHONE = { width: 390, height: 844 };

const tableRows = (page: Page) => page.locator('.rankings-table tbody tr');

/** Code and value text of every row on screen, in order. */
async function screenRows(page: Page): Promise<[string, string][]> {
  return tableRows(page).evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-code') ?? '', row.children[2]?.textContent ?? '']),
  ) as Promise<[string, string][]>;
}

const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

/** Decodes an image in the page: its size and how many distinct colours it has. */
async function decodeImage(page: Page, bytes: Buffer, type: string) {
  return page.evaluate(
    async ([base64, mime]) => {
      const image = new Image();
      image.src = `data:${mime};base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size };
    },
    [bytes.toString('base64'), type] as const,
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical WCAG A/AA violations on the page as it is now, fully loaded. */
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
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!chromiumPath)('rankings and comparison in Chromium', () => {
  const browser = sharedBrowser();

  it('ranks all 514 regencies/cities, sorts both ways, filters a province, and exports the same rows', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}${RANKINGS}`);
    await expect.poll(() => tableRows(page).count(), { timeout: 15_000 }).toBe(514);
    await screenshot(page, 'rankings-id-desktop');
    expect(await seriousViolations(page)).toEqual([]);

    const valueHeader = page.getByRole('button', { name: 'Urutkan menurut Nilai' });
    const valueColumn = page.locator('.rankings-table th', { has: valueHeader });
    await valueHeader.click();
    await expect.poll(() => valueColumn.getAttribute('aria-sort')).toBe('ascending');
    expect(page.url()).toContain('sort=value');
    const ascending = (await screenRows(page)).filter(([, v]) => /\d/.test(v)).map(([, v]) => number(v));
    expect(ascending.length).toBeGreaterThan(500);
    expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);
    await valueHeader.click();
    await expect.poll(() => valueColumn.getAttribute('aria-sort')).toBe('descending');
    expect(page.url()).toContain('dir=desc');
    const rows = await screenRows(page);
    const descending = rows.filter(([, v]) => /\d/.test(v)).map(([, v]) => number(v));
    expect([...descending].sort((a, b) => b - a)).toEqual(descending);
    expect(descending[0]).toBe(ascending.at(-1));

    const all = await downloadOf(page, () => page.getByRole('button', { name: 'Unduh tabel (CSV)' }).click());
    expect(all.suggestedFilename()).toBe('poverty-rate-2024-kabupaten-kota.csv');
    const csv = Papa.parse<string[]>(readFileSync((await all.path())!, 'utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(csv[0]!.slice(0, 5)).toEqual(['peringkat', 'kode', 'daerah', 'nilai', 'satuan']);
    expect(csv.slice(1).map((r) => [r[1], r[3] ? number(r[3]) : null])).toEqual(
      rows.map(([code, v]) => [code, /\d/.test(v) ? number(v) : null]),
    );

    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Kalimantan Barat' });
    await expect.poll(() => tableRows(page).count()).toBe(14);
    expect(page.url()).toContain('province=61');
    const kalbar = await screenRows(page);
    expect(kalbar.every(([code]) => code.startsWith('61.'))).toBe(true);
    const filtered = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Unduh tabel (CSV)' }).click(),
    );
    expect(filtered.suggestedFilename()).toBe('poverty-rate-2024-kabupaten-kota-61.csv');
    const filteredCsv = Papa.parse<string[]>(readFileSync((await filtered.path())!, 'utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(filteredCsv.slice(1).map((r) => [r[1], number(r[3]!)])).toEqual(
      kalbar.map(([c, v]) => [c, number(v)]),
    );
    await screenshot(page, 'rankings-kalbar-id-desktop');

    // "Salin tautan" copies the address, and that link restores the same view.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await page.getByText('Tautan disalin').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('province')).toBe('61');
    await page.goto(copied);
    await expect.poll(() => tableRows(page).count(), { timeout: 15_000 }).toBe(14);
    expect(await screenRows(page)).toEqual(kalbar);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('exports a chart as an SVG that parses and a PNG that decodes', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}${RANKINGS}`);
    await expect.poll(() => tableRows(page).count(), { timeout: 15_000 }).toBe(514);
    const figure = page.locator('figure', { hasText: '10 teratas dan 10 terbawah' });
    await figure.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await figure.locator('.recharts-bar-rectangle').count()).toBe(20);

    const svg = await downloadOf(page, () => figure.getByRole('button', { name: 'Gambar (SVG)' }).click());
    expect(svg.suggestedFilename()).toBe('poverty-rate-2024-kabupaten-kota-top-bottom.svg');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        root: doc.documentElement.nodeName,
        error: doc.getElementsByTagName('parsererror').length,
        bars: doc.querySelectorAll('.recharts-bar-rectangle').length,
      };
    }, svgText);
    expect(parsed).toEqual({ root: 'svg', error: 0, bars: 20 });
    const svgImage = await decodeImage(page, Buffer.from(svgText), 'image/svg+xml');
    expect(svgImage.width).toBeGreaterThan(200);

    const png = await downloadOf(page, () => figure.getByRole('button', { name: 'Gambar (PNG)' }).click());
    const bytes = readFileSync((await png.path())!);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThan(400);
    expect(size.height).toBeGreaterThan(300);
    const decoded = await decodeImage(page, bytes, 'image/png');
    expect(decoded).toMatchObject(size);
    expect(decoded.colours).toBeGreaterThan(3);
    await context.close();
  });

  it('puts Kayong Utara, Sambas and Kota Pontianak side by side with trends, a scatter and similar regions', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/compare?compare=61.11,61.01,61.71`);
    const table = page.getByRole('table', { name: /Nilai terbaru tiap indikator/ });
    await table.getByText('8,84').first().waitFor({ timeout: 15_000 });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.slice(1, 4)).toEqual(['Kabupaten Kayong Utara', 'Kabupaten Sambas', 'Kota Pontianak']);
    expect(headers).toContain('Kalimantan Barat (Pembanding)');
    const ipm = table.getByRole('row', { name: /^Indeks Pembangunan Manusia \(/ });
    expect(await ipm.textContent()).toContain('65,74');

    const titled = (title: string) => page.locator('figure', { has: page.getByText(title, { exact: true }) });
    const trend = titled('Indeks Pembangunan Manusia (IPM): tren daerah yang dibandingkan');
    await trend.locator('.recharts-line').first().waitFor();
    expect(await trend.locator('.recharts-line').count()).toBe(3);
    const scatter = titled('Persentase penduduk miskin (P0) menurut Indeks Pembangunan Manusia (IPM)');
    await scatter.locator('.recharts-scatter').first().waitFor();
    expect(await scatter.locator('.recharts-scatter-symbol').count()).toBeGreaterThan(400);
    expect(await scatter.locator('.recharts-label-list').allTextContents()).toEqual([
      'Kab. Kayong Utara',
      'Kab. Sambas',
      'Kota Pontianak',
    ]);

    const similar = page.getByRole('table', { name: 'Daerah serupa: Kabupaten Kayong Utara' });
    const header = await similar.locator('thead th').allTextContents();
    const column = (prefix: string) => header.findIndex((h) => h.startsWith(prefix));
    const rows = await similar
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')));
    expect(rows).toHaveLength(6);
    const [self, ...neighbours] = rows.map((cells) => ({
      name: cells[0]!,
      distance: number(cells[1]!),
      population: number(cells[column('Jumlah penduduk')]!),
      ipm: number(cells[column('Indeks Pembangunan Manusia')]!),
      poverty: number(cells[column('Persentase penduduk miskin')]!),
    }));
    expect(self).toMatchObject({ distance: 0, ipm: 65.74, poverty: 8.84 });
    const distances = neighbours.map((n) => n.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    // Really close: all five within half a standard deviation overall, and each value near Kayong Utara's
    // (IPM 65,74; poverty 8,84 %; 126.898 people) against the spread of all 514 regencies/cities.
    expect(distances.at(-1)!).toBeLessThan(0.5);
    for (const n of neighbours) {
      expect(Math.abs(n.ipm - self!.ipm)).toBeLessThan(3);
      expect(Math.abs(n.poverty - self!.poverty)).toBeLessThan(3);
      expect(n.population).toBeLessThan(3 * self!.population);
    }
    await page.getByRole('button', { name: `Tambahkan ${neighbours[0]!.name}` }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'))
      .toMatch(/^61\.11,61\.01,61\.71,\d/);
    await screenshot(page, 'compare-id-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('marks the selected regency with its own outline and exports the map as a PNG with the map on it', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/?indicator=poverty-rate&year=2024&level=regency&region=61.11&compare=61.01`);
    await page
      .locator('.leaflet-container[data-regions-drawn="514"][data-selected-outline="61.11"]')
      .waitFor();
    await page.getByRole('combobox', { name: 'Cari daerah di peta' }).fill('kayong');
    await page.getByRole('option', { name: /Kabupaten Kayong Utara/ }).click();
    await page.waitForTimeout(300);
    await screenshot(page, 'map-selected-kayong-utara');
    const png = await downloadOf(page, () =>
      page.getByRole('button', { name: /^Unduh: Gambar \(PNG\) — Peta/ }).click(),
    );
    expect(png.suggestedFilename()).toBe('poverty-rate-2024-kabupaten-kota-peta.png');
    const bytes = readFileSync((await png.path())!);
    const size = pngSize(bytes);
    const decoded = await decodeImage(page, bytes, 'image/png');
    expect(decoded).toMatchObject(size);
    expect(size.width).toBeGreaterThan(300);
    // A map, not a blank sea: many colours (classes, borders, halo, text).
    expect(decoded.colours).toBeGreaterThan(20);
    await context.close();
  });

  it('reads well at tablet and phone widths and in English', async () => {
    const { page, context } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}${RANKINGS}&province=61`);
    await expect.poll(() => tableRows(page).count(), { timeout: 15_000 }).toBe(14);
    await screenshot(page, 'rankings-id-tablet');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Regional rankings' }).waitFor();
    await screenshot(page, 'rankings-en-tablet');
    await page.goto(`${baseUrl}/compare?compare=61.11,61.01,61.71`);
    await page.getByRole('table', { name: /Newest value of each indicator/ }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'compare-en-tablet');
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}${RANKINGS}&province=61`);
    await expect.poll(() => tableRows(page).count(), { timeout: 15_000 }).toBe(14);
    await screenshot(page, 'rankings-en-phone');
    await page.goto(`${baseUrl}/compare?compare=61.11,61.01,61.71`);
    await page.locator('.recharts-line').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'compare-en-phone');
    await context.close();
  });
});
