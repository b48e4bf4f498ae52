import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './bench-table';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { headersFromFile, serveStatic } from './static-server';

/**
 * `tsx scripts/bench/ab-lighthouse.ts A_DIST B_DIST [path] [pairs]`: Lighthouse mobile on two builds,
 * interleaved A, B, A, B… so that a change of machine load falls on both alike; prints the medians side
 * by side. A change is worth believing only where the two columns differ by more than their spread.
 */
async function main() {
  const [a, b, path = '/', pairs = '5'] = process.argv.slice(2);
  if (!a || !b || !existsSync(a) || !existsSync(b)) {
    throw new Error('usage: tsx scripts/bench/ab-lighthouse.ts A_DIST B_DIST [path] [pairs]');
  }
  const servers = await Promise.all(
    [a, b].map((dist) => serveStatic(resolve(dist), { headers: headersFromFile(join(dist, '_headers')) })),
  );
  const runs: [LighthouseRun[], LighthouseRun[]] = [[], []];
  try {
    for (let i = 0; i < Number(pairs); i++) {
      for (const side of [0, 1] as const) {
        const result = await runLighthouse(`${servers[side]!.url}${path}`, 1);
        if (!result) return console.log('not measured: no Chromium (set CHROME_PATH)');
        runs[side].push(...result);
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nLighthouse A/B on ${path}, ${pairs} interleaved pairs — load ${load}\n`);
  console.log(`${'figure'.padEnd(10)}${'A'.padStart(10)}${'B'.padStart(10)}   runs A | runs B`);
  for (const key of ['score', 'lcpMs', 'tbtMs', 'cls', 'fcpMs'] as const) {
    const column = (side: 0 | 1) => runs[side].map((run) => run[key]);
    const show = (values: number[]) =>
      values.map((v) => (key === 'cls' ? v.toFixed(3) : Math.round(v))).join(' ');
    const mid = (side: 0 | 1) =>
      key === 'cls' ? median(column(side)).toFixed(3) : String(Math.round(median(column(side))));
    console.log(
      `${key.padEnd(10)}${mid(0).padStart(10)}${mid(1).padStart(10)}   ${show(column(0))} | ${show(column(1))}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
