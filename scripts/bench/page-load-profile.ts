import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';

export interface PageLoadProfile {
  /** Data API files the page fetched until it was drawn, and their bytes on the wire. */
  dataFiles: number;
  dataBytes: number;
  /** Main-thread tasks over 50 ms from navigation until drawn plus a second of settling, at the CPU slowdown. */
  longTasksMs: number[];
}

const ready = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('h1') && !document.querySelector('.state--loading'),
    null,
    { polling: 'raf', timeout: 60_000 },
  );

/**
 * One cold load of a page in a phone-sized context with the CPU slowed `cpuSlowdown` times (Lighthouse's
 * mobile default is 4): which data files it needs, and the long tasks that block input meanwhile.
 * Null without Chromium.
 */
export async function profilePageLoad(
  url: string,
  { cpuSlowdown = 4 } = {},
): Promise<PageLoadProfile | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(1000);
    const measured = await page.evaluate(() => {
      const data = performance
        .getEntriesByType('resource')
        .filter((entry) =>
          /\/data\/v1\/.+\.json$/.test(new URL(entry.name).pathname),
        ) as PerformanceResourceTiming[];
      return {
        dataFiles: new Set(data.map((entry) => entry.name)).size,
        dataBytes: data.reduce((sum, entry) => sum + entry.transferSize, 0),
        longTasksMs: (window as unknown as { __longTasks: number[] }).__longTasks,
      };
    });
    await context.close();
    return measured;
  } finally {
    await browser.close();
  }
}
