import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFromFile, serveStatic, type StaticServer } from '../../scripts/bench/static-server';
import { chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';

/**
 * The built app under its own policy, delivered both ways at once: the `_headers` CSP as an HTTP header
 * (what nginx/Apache/Netlify send, see docs/security.md) and the meta tag the build writes into index.html.
 * Every route is visited and used; any `securitypolicyviolation` event or "Refused to …" console line fails.
 */
/** Each page, and what shows that it has drawn what it will draw (charts, map, tables). */
const ROUTES: [string, string | null][] = [
  ['/', '.leaflet-container[data-regions-drawn]'],
  ['/?indicator=poverty-rate&year=2024&level=regency&region=61.11', '.leaflet-container[data-regions-drawn]'],
  ['/region', null],
  ['/region/61.11', 'button:has-text("(PNG)")'],
  ['/compare?compare=61.11,61.04,61.71', 'button:has-text("(PNG)")'],
  ['/rankings', 'button:has-text("(PNG)")'],
  ['/sectors', null],
  ['/data', '.card table'],
  ['/import', null],
  ['/tidak-ada', null],
];

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

async function watchViolations(
  page: Page,
): Promise<{ violations: () => Promise<Violation[]>; refused: string[] }> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile + ':' + e.lineNumber });
    });
  `);
  return {
    refused,
    violations: () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp),
  };
}

/** Uses what a page offers: hovers the map, opens the values table, switches language and back, downloads. */
async function exercise(page: Page): Promise<number> {
  const map = page.locator('.leaflet-container[data-regions-drawn]');
  if (await map.count()) {
    const box = (await map.boundingBox())!;
    for (const [x, y] of [
      [0.5, 0.5],
      [0.3, 0.4],
      [0.7, 0.6],
    ] as const) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 3 });
      await page.waitForTimeout(60);
    }
  }
  for (const summary of await page.locator('details > summary').all()) {
    if (await summary.isVisible()) await summary.click({ timeout: 3_000 }).catch(() => undefined);
  }
  // One export of each kind per page: CSV, and PNG/SVG, which draw the chart through a blob: image.
  let downloaded = 0;
  for (const kind of ['CSV', 'PNG', 'SVG']) {
    const button = page.locator(`button:has-text("(${kind})"):visible:enabled`).first();
    if ((await button.count()) === 0) continue;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 2_500 }).catch(() => null),
      button.click({ timeout: 3_000 }).catch(() => undefined),
    ]);
    if (download) downloaded++;
  }
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  return downloaded;
}

describe.skipIf(!chromiumPath)('content security policy', () => {
  const browser = sharedBrowser();
  let server: StaticServer;
  const distDir = inject('distDir');

  beforeAll(async () => {
    server = await serveStatic(distDir, { headers: headersFromFile(join(distDir, '_headers')) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is sent as a header and as a meta tag, without unsafe-inline or unsafe-eval', async () => {
    const response = await fetch(`${server.url}/`);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await response.text();
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/,
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle="/);
  });

  it('blocks an injected inline script and reports it, so the watcher below can see violations', async () => {
    const { page, context } = await openPage(browser());
    const { violations } = await watchViolations(page);
    await page.goto(`${server.url}/data`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      const element = document.createElement('div');
      element.setAttribute('style', 'color: red');
      document.body.append(element);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    // Header and meta tag both enforce, so each is reported once per policy.
    const directives = [...new Set((await violations()).map((v) => v.directive))].sort();
    expect(directives).toEqual(['script-src-elem', 'style-src-attr']);
    await context.close();
  });

  it('lets every page run without a single violation, the offline worker included', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), 'desktop', {
      serviceWorkers: 'allow',
    });
    const { violations, refused } = await watchViolations(page);
    let downloads = 0;
    for (const [route, ready] of ROUTES) {
      await page.goto(`${server.url}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (ready) {
        await page
          .locator(ready)
          .first()
          .waitFor()
          .catch(async (error: Error) => {
            await screenshot(page, `csp-not-ready-${route.replace(/\W+/g, '-')}`);
            throw new Error(`${route}: ${error.message}`);
          });
      }
      await page.waitForLoadState('networkidle');
      downloads += await exercise(page);
      expect({ route, violations: await violations() }).toEqual({ route, violations: [] });
    }
    // The exports (CSV, and PNG/SVG drawn through blob: images) really ran under the policy.
    expect(downloads).toBeGreaterThanOrEqual(6);
    await page.goto(`${server.url}/`);
    await page.locator('.leaflet-container[data-regions-drawn]').waitFor();
    await screenshot(page, 'csp-overview');
    expect(refused).toEqual([]);
    expect(consoleErrors.filter((e) => /Refused|Content Security/.test(e))).toEqual([]);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.close();
  }, 120_000);
});
