import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/bench/static-server';
import { SCREENSHOT_DIR, chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';
import { HOSTILE_CSV, HOSTILE_REGION_NAMES, PAYLOADS, hostileDataApi } from './fixtures/hostile-data';

/**
 * The built app on hostile data: region names, indicator names, units, sources, links and notes carry
 * markup, script, `javascript:`/`data:` links and spreadsheet formulas. Served WITHOUT the CSP, so this
 * tests the app's own escaping, not the policy's safety net. Nothing may run, nothing may become markup,
 * and the payloads must show as literal text.
 */
const ROUTES: [string, string][] = [
  ['/?indicator=poverty-rate&year=2024&level=regency&region=61.11', '.leaflet-container[data-regions-drawn]'],
  ['/region/61.11', 'h1'],
  ['/compare?compare=61.11,61.04,61.71', 'h1'],
  ['/rankings?indicator=poverty-rate&year=2024&level=regency', '.rankings-table tbody tr'],
  ['/sectors?region=61', 'h1'],
  ['/data', '.card table'],
  ['/import', 'h1'],
];

/** Elements that only exist if a payload was parsed as markup (the app draws none of these itself). */
const INJECTED = [
  'img[src="x"]',
  '[onerror]',
  '[onload]',
  'iframe',
  'script:not([src])',
  'a[href^="javascript:" i]',
  'a[href^="data:" i]',
  '[style*="javascript:"]',
].join(', ');

async function assertNothingRan(page: Page, where: string) {
  const found = await page.evaluate(
    (selector) => ({
      xss: (window as unknown as { __xss?: string }).__xss ?? null,
      injected: [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 120)),
    }),
    INJECTED,
  );
  expect({ where, ...found }).toEqual({ where, xss: null, injected: [] });
}

describe.skipIf(!chromiumPath)('hostile data (XSS and formula injection)', () => {
  const browser = sharedBrowser();
  const distDir = inject('distDir');
  let server: StaticServer;

  beforeAll(async () => {
    const index = readFileSync(`${distDir}/index.html`, 'utf8').replace(
      /<meta http-equiv="Content-Security-Policy"[^>]*>/,
      '',
    );
    server = await serveStatic(distDir, {
      overrides: {
        ...hostileDataApi(distDir),
        '/config.json': JSON.stringify({ dataUrl: 'hostile/v1', basemap: null }),
        '/index.html': index,
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('visits every page, hovers the map, exports, prints: payloads stay text and nothing runs', async () => {
    const { page, context } = await openPage(browser());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const downloads: string[] = [];
    for (const [route, ready] of ROUTES) {
      await page.goto(`${server.url}${route}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');

      const map = page.locator('.leaflet-container[data-regions-drawn]');
      if (await map.count()) {
        const box = (await map.boundingBox())!;
        for (let i = 1; i < 8; i++) {
          await page.mouse.move(box.x + (box.width * i) / 8, box.y + box.height * 0.45, { steps: 2 });
          await page.waitForTimeout(50);
        }
      }
      for (const summary of await page.locator('details > summary').all()) {
        if (await summary.isVisible()) await summary.click({ timeout: 2_000 }).catch(() => undefined);
      }
      // Every CSV export of the page (charts, tables, rankings, comparisons), then one PNG and one SVG.
      const csvButtons = await page.locator('button:has-text("CSV"):visible:enabled').all();
      const imageButtons = [
        page.locator('button:has-text("(PNG)"):visible:enabled').first(),
        page.locator('button:has-text("(SVG)"):visible:enabled').first(),
      ];
      for (const button of [...csvButtons.slice(0, 6), ...imageButtons]) {
        if ((await button.count()) === 0) continue;
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 2_500 }).catch(() => null),
          button.click({ timeout: 3_000 }).catch(() => undefined),
        ]);
        const path = download ? await download.path() : null;
        if (path) downloads.push(readFileSync(path, 'utf8'));
      }
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(50);
      await page.emulateMedia({ media: 'screen' });
      await assertNothingRan(page, route);
    }

    // The tooltip and the page show the names as the data wrote them, as text.
    await page.goto(`${server.url}/region/61.11`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(HOSTILE_REGION_NAMES['61.11']);
    expect(await page.locator('body').innerText()).toContain(
      PAYLOADS.script.replace(/<\/?script>/g, '').slice(0, 10),
    );
    await screenshot(page, 'xss-profile');
    await assertNothingRan(page, 'profile again');

    // Every CSV export kept the formula a harmless text cell.
    const csv = downloads.filter((d) => d.startsWith('\uFEFF'));
    expect(csv.length).toBeGreaterThan(0);
    for (const file of csv) expect(file).not.toMatch(/(^|[;,\n])=HYPERLINK/);
    expect(csv.some((file) => file.includes(`'${PAYLOADS.formula.slice(0, 10)}`))).toBe(true);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('shows a hostile map tooltip as text', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${server.url}/?indicator=poverty-rate&year=2024&level=regency&region=61.11`);
    await page.locator('.leaflet-container[data-regions-drawn]').waitFor();
    // Focusing Kayong Utara's row in the values table opens its tooltip on the map.
    await page.getByText(/Tabel nilai peta/).click();
    await page.getByRole('button', { name: HOSTILE_REGION_NAMES['61.11'] }).focus();
    const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Kabupaten Kayong Utara' });
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.locator('.region-tooltip__title').textContent()).toBe(HOSTILE_REGION_NAMES['61.11']);
    await page.locator('.choropleth-map').screenshot({ path: `${SCREENSHOT_DIR}/xss-tooltip.png` });
    await assertNothingRan(page, 'tooltip');
    await context.close();
  });

  it('imports a hostile CSV: the preview shows the cells as text, nothing runs', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${server.url}/import`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: 'hostile.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(HOSTILE_CSV, 'utf8'),
      });
    const preview = page.getByRole('table').filter({ hasText: 'Uji' });
    await preview.waitFor({ timeout: 10_000 });
    await screenshot(page, 'xss-import-preview');
    const text = await preview.innerText();
    expect(text).toContain(`Uji ${PAYLOADS.script}`);
    expect(text).toContain(HOSTILE_REGION_NAMES['61.11']);
    await assertNothingRan(page, 'import preview');

    // Kept, the imported indicator, its source (with a javascript: link) and its notes appear across the app.
    await page.getByRole('button', { name: /^Impor \d+ baris sah$/ }).click();
    await page.getByText('hostile.csv').nth(1).waitFor({ timeout: 10_000 });
    for (const route of ['/data', '/?indicator=uji-xss&level=regency&region=61.11', '/region/61.11']) {
      await page.goto(`${server.url}${route}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await assertNothingRan(page, `${route} with the import`);
    }
    expect(await page.locator('main').innerText()).toContain(`Uji ${PAYLOADS.script}`);
    await context.close();
  });
});
