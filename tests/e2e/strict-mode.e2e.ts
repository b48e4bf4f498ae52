import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, openPage } from './browser-session';

/** StrictMode mounts effects twice only in development, so this one runs against `vite` itself. */
describe.skipIf(!chromiumPath)('map under React StrictMode (dev server)', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let devUrl: string;

  beforeAll(async () => {
    server = await createServer({
      logLevel: 'warn',
      server: { port: 5199, strictPort: false, host: '127.0.0.1' },
    });
    await server.listen();
    devUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no console errors when navigating away from the map and back repeatedly', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.goto(`${devUrl}/?indicator=poverty-rate&level=regency`);
    await page.locator('.leaflet-container[data-regions-drawn="514"]').waitFor({ timeout: 60_000 });
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    for (let round = 0; round < 4; round++) {
      await nav.getByRole('link', { name: round % 2 ? 'Data & sumber' : 'Profil daerah' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await nav.getByRole('link', { name: 'Peta' }).click();
      const level = round % 2 ? 'Kabupaten/kota' : 'Provinsi';
      await page.locator('.leaflet-container[data-regions-drawn]').waitFor();
      await page.getByRole('radio', { name: level }).check({ force: true });
      await page.locator(`.leaflet-container[data-regions-drawn="${round % 2 ? 514 : 38}"]`).waitFor();
    }
    await page.waitForTimeout(500);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
