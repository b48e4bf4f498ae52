import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runLighthouse, medianRun } from './lighthouse';
import { headersFromFile, serveStatic } from './static-server';

/**
 * `tsx scripts/bench/run-lighthouse.ts [path]`: Lighthouse mobile, median of 3, on dist/ served with gzip.
 * `LH_DIST=/some/build` measures another build folder (to compare a variant side by side).
 */
const DIST = process.env.LH_DIST ?? resolve(import.meta.dirname, '../../dist');

async function main() {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
  const path = process.argv[2] ?? '/';
  const server = await serveStatic(DIST, { headers: headersFromFile(join(DIST, '_headers')) });
  try {
    // LH_DETAILS=1 keeps the last full report in .cache/lighthouse-last.json.
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

/** Keeps the last report for reading its details (layout shifts, LCP element, long tasks). */
function printDetails(report: unknown) {
  const file = resolve(import.meta.dirname, '../../.cache/lighthouse-last.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report));
  console.log(`report: ${file}`);
}
