import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';

/**
 * Navigation → a page is fully drawn, in a fresh context each run: its heading is there, nothing is
 * loading any more, and (for pages with charts) at least one chart has drawn. Null without Chromium.
 */
export async function measurePageReady(
  url: string,
  { charts = false, runs = 5 } = {},
): Promise<number[] | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(url);
      const ready = await page.waitForFunction(
        (needCharts) =>
          document.querySelector('h1') &&
          !document.querySelector('.state--loading') &&
          (!needCharts || document.querySelector('.recharts-surface'))
            ? performance.now()
            : null,
        charts,
        { polling: 'raf', timeout: 30_000 },
      );
      times.push((await ready.jsonValue()) as number);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}
