import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../../tests/e2e/chromium';

export interface LighthouseRun {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  speedIndexMs: number;
}

export const LIGHTHOUSE_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

/**
 * Lighthouse's default mobile run (Moto G Power emulation, simulated slow 4G, 4× CPU slowdown), performance
 * category only, `runs` times in a fresh Chromium each. Returns null when there is no Chromium.
 */
export async function runLighthouse(
  url: string,
  runs = 3,
  onReport?: (lhr: unknown) => void,
): Promise<LighthouseRun[] | null> {
  const chromePath = findChromium();
  if (!chromePath) return null;
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_FLAGS });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      onReport?.(lhr);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        fcpMs: audit('first-contentful-paint'),
        speedIndexMs: audit('speed-index'),
      });
    } finally {
      await chrome.kill();
    }
  }
  return results;
}

/** The run with the median score (ties: median LCP), as Lighthouse's own docs recommend reporting. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun | undefined {
  const sorted = [...runs].sort((a, b) => a.score - b.score || b.lcpMs - a.lcpMs);
  return sorted[Math.floor(sorted.length / 2)];
}
