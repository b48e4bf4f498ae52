import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, 'screenshots');
export const baseUrl = inject('baseUrl');
export const chromiumPath = inject('chromiumPath');

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  tablet: { width: 820, height: 1180 },
  /** A mid-range Android phone, as the regent holds it. */
  phone: { width: 390, height: 844 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
}

/** One Chromium for the tests of a describe block: launched before them, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * A page that records console errors and failed requests, so tests can assert there were none. The
 * offline worker is blocked unless asked for: it precaches the whole app in the background, which only
 * slows tests about other things (offline.e2e.ts and the CSP test run with it).
 */
export async function openPage(
  browser: Browser,
  viewport: keyof typeof VIEWPORTS = 'desktop',
  { serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {},
) {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'id-ID',
    serviceWorkers,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, context, consoleErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
