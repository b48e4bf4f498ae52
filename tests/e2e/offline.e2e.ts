import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/bench/static-server';
import { chromiumPath, screenshot, sharedBrowser } from './browser-session';

const distDir = inject('distDir');
const IPM_FILE = '/data/v1/observations/ipm.json';

/** The bundled IPM file with Kayong Utara's 2024 value changed: a stand-in for a data release. */
function revisedIpmFile(): string {
  const file = JSON.parse(readFileSync(resolve(distDir, `.${IPM_FILE}`), 'utf8')) as {
    observations: { region: string; year: number; value: number }[];
  };
  const row = file.observations.find((o) => o.region === '61.11' && o.year === 2024)!;
  expect(row.value).toBe(65.74);
  row.value = 65.99;
  return JSON.stringify(file);
}

const ipmItemText = (page: Page) =>
  page
    .locator('li.score-item', {
      has: page.getByRole('heading', { level: 4, name: 'Indeks Pembangunan Manusia (IPM)', exact: true }),
    })
    .textContent();

async function cachedDataFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('kinerja-data');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
}

describe.skipIf(!chromiumPath)('offline use in Chromium', () => {
  const browser = sharedBrowser();
  let server: StaticServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('opens the profile and the map from the cache with no network, says how old the data are, and picks up a changed file back online', async () => {
    server = await serveStatic(distDir);
    const origin = server.url;
    const port = Number(new URL(origin).port);
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();

    // One visit: the profile, then the map.
    await page.goto(`${origin}/region/61.11`);
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.waitForFunction(
      async () => {
        const keys = await (await caches.open('kinerja-data')).keys();
        return keys.some((request) => request.url.endsWith('/observations/ipm.json'));
      },
      null,
      { timeout: 30_000 },
    );
    await page.goto(`${origin}/`);
    await page.locator('.leaflet-container').waitFor();
    await page.waitForFunction(
      async () => {
        const keys = await (await caches.open('kinerja-data')).keys();
        return keys.some((request) => request.url.endsWith('/boundaries/province.topo.json'));
      },
      null,
      { timeout: 30_000 },
    );
    expect(await cachedDataFiles(page)).toEqual(
      expect.arrayContaining(['/data/v1/regions.json', '/data/v1/indicators.json', IPM_FILE]),
    );

    // No signal: the server is gone and the browser knows it.
    await server.close();
    server = undefined;
    await context.setOffline(true);
    await page.goto(`${origin}/region/61.11`);
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }).waitFor();
    expect(await ipmItemText(page)).toContain('65,74');
    const offlineNotice = page.locator('.offline-notice');
    expect(await offlineNotice.textContent()).toMatch(/Anda sedang luring.*data per \d{1,2} \w+ 20\d\d/);
    await screenshot(page, 'offline-region-61.11-phone');
    await page.goto(`${origin}/`);
    await page.locator('.leaflet-container').waitFor();
    await page.locator('.leaflet-overlay-pane canvas, .leaflet-overlay-pane svg path').first().waitFor();
    expect(await offlineNotice.isVisible()).toBe(true);

    // Back online with a newer IPM file: stale-while-revalidate shows the saved copy once, then the new one.
    server = await serveStatic(distDir, { port, overrides: { [IPM_FILE]: revisedIpmFile() } });
    await context.setOffline(false);
    await page.goto(`${origin}/region/61.11`);
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }).waitFor();
    await page.waitForFunction(
      async (file) => {
        const response = await (await caches.open('kinerja-data')).match(file);
        return Boolean(response && (await response.text()).includes('65.99'));
      },
      IPM_FILE,
      { timeout: 30_000 },
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }).waitFor();
    await page.locator('li.score-item').getByText('65,99').first().waitFor();
    expect(await ipmItemText(page)).toContain('65,99');
    expect(await offlineNotice.count()).toBe(0);
    await context.close();
  });
});
