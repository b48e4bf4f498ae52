import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runLighthouse, medianRun } from './lighthouse';
import { headersFromFile, serveStatic } from './static-server';

/** `tsx scripts/bench/run-lighthouse.ts [path]`: Lighthouse mobile, median of 3, on dist/ served with gzip. */
const DIST = resolve(import.meta.dirname, '../../dist');

async function main() {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
  const path = process.argv[2] ?? '/';
  const server = await serveStatic(DIST, { headers: headersFromFile(join(DIST, '_headers')) });
  try {
    // LH_DETAILS=1 prints what shifted, the LCP element and the longest main-thread tasks of each run.
    const details = process.env.LH_DETAILS === '1' ? printDetails : undefined;
    const runs = await runLighthouse(`${server.url}${path}`, 3, details);
    if (!runs) return console.log('not measured: no Chromium (set CHROME_PATH)');
    for (const r of runs) console.log(JSON.stringify(r));
    console.log('median', JSON.stringify(medianRun(runs)));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

type Audits = Record<string, { details?: { items?: unknown[] }; displayValue?: string }>;

function printDetails(report: unknown) {
  const audits = (report as { audits: Audits }).audits;
  for (const id of ['layout-shifts', 'largest-contentful-paint-element', 'long-tasks', 'network-requests']) {
    const items = audits[id]?.details?.items ?? [];
    console.log(`-- ${id}`);
    for (const item of items.slice(0, id === 'network-requests' ? 40 : 8))
      console.log(JSON.stringify(item).slice(0, 400));
  }
}
