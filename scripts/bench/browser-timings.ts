import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';

export interface BrowserFigures {
  firstScreenScripts: string[];
  /** Frame-to-frame times (ms) while zooming and panning the regency map with the keyboard. */
  panZoomFrames: number[];
  firstRenderMs: number[];
  restyleMs: number[];
  restyleWithRenderMs: number[];
}

const MAP_URL = '/?indicator=poverty-rate&year=2024&level=regency';

async function drawnAt(page: Page): Promise<number> {
  await page.locator('.leaflet-container[data-regions-drawn="514"]').waitFor({ timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('kd:regions-drawn').at(-1)!.startTime);
}

/** Times the map in system Chromium against `vite preview`. Returns null when there is no Chromium. */
export async function measureInBrowser(baseUrl: string, runs = 5): Promise<BrowserFigures | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const figures: BrowserFigures = {
      firstScreenScripts: [],
      panZoomFrames: [],
      firstRenderMs: [],
      restyleMs: [],
      restyleWithRenderMs: [],
    };

    const first = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const scripts = new Set<string>();
    first.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await first.goto(`${baseUrl}/`);
    await first.locator('.leaflet-container[data-regions-drawn]').waitFor({ timeout: 30_000 });
    figures.firstScreenScripts = [...scripts];
    await first.close();

    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${MAP_URL}`);
      figures.firstRenderMs.push(await drawnAt(page));
      await context.close();
    }

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}${MAP_URL}`);
    await drawnAt(page);
    const select = page.getByLabel('Indikator', { exact: true });
    for (let i = 0; i < runs; i++) {
      const next = i % 2 === 0 ? 'ipm' : 'poverty-rate';
      const before = await page.evaluate(() => performance.getEntriesByName('kd:restyle-painted').length);
      const startedAt = await page.evaluate(() => performance.now());
      await select.selectOption(next);
      await page.waitForFunction(
        (n) => performance.getEntriesByName('kd:restyle-painted').length > n,
        before,
      );
      await page.waitForFunction(() => !document.querySelector('.state--loading'));
      const [restyle, endedAt] = await page.evaluate(() => {
        const last = performance.getEntriesByName('kd:restyle-painted').at(-1)!;
        return [last.duration, last.startTime + last.duration];
      });
      figures.restyleMs.push(restyle);
      figures.restyleWithRenderMs.push(endedAt - startedAt);
    }
    figures.panZoomFrames = await recordPanZoom(page);
    await page.close();
    return figures;
  } finally {
    await browser.close();
  }
}

/** Zooms in, pans and zooms out with Leaflet's keyboard handler while recording every frame. */
async function recordPanZoom(page: Page): Promise<number[]> {
  // A string, not a function: the TypeScript loader would wrap a function's inner names in helpers
  // that do not exist in the page.
  await page.evaluate(`
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await page.locator('.leaflet-container').focus();
  for (const key of [
    'Equal',
    'Equal',
    'ArrowRight',
    'ArrowRight',
    'ArrowDown',
    'ArrowLeft',
    'Minus',
    'Minus',
  ]) {
    await page.keyboard.down(key);
    await page.waitForTimeout(key.startsWith('Arrow') ? 400 : 50);
    await page.keyboard.up(key);
    await page.waitForTimeout(350);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}
