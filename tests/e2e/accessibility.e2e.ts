import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, sharedBrowser, openPage } from './browser-session';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const PAGES = [
  ['/?indicator=poverty-rate&year=2024&level=regency&region=61.11', '.leaflet-container[data-regions-drawn]'],
  ['/region/61.11', 'svg.recharts-surface'],
  ['/data', '.card table'],
  ['/compare?compare=61.11,61.04', 'h1'],
] as const;

describe.skipIf(!chromiumPath)('accessibility (axe-core)', () => {
  const browser = sharedBrowser();

  it.each(PAGES)('%s has no serious or critical WCAG A/AA violations', async (path, ready) => {
    const { page, context } = await openPage(browser(), 'tablet');
    await page.goto(`${baseUrl}${path}`);
    await page.locator(ready).first().waitFor();
    // Evaluated, not added as an inline <script>: the app's CSP (script-src 'self') blocks inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations;
    });
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
    expect(serious).toEqual([]);
    await context.close();
  });
});
