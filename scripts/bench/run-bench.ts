import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTable, median, type BenchRow } from './bench-table';
import { measureInBrowser } from './browser-timings';
import { measureFloorBundle } from './floor-bundle';
import { LIGHTHOUSE_BUDGET, lighthouseRows } from './lighthouse-rows';
import { pageLoadRows } from './page-load-rows';
import { measurePageReady } from './page-timings';
import { filesUnder, sizeOf } from './sizes';
import { headersFromFile, serveStatic } from './static-server';

/**
 * `npm run bench`: builds, then prints one table — figure, budget, measured, measured ÷ budget. It asserts
 * nothing (the tests assert behaviour); docs/performance.md records the latest figures and how to read them.
 * The app is served from dist/ with gzip on loopback, like a production host.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const KB = 1024;
const BUDGET = {
  firstScreenJs: 200 * KB, // docs/decisions/0001-first-screen-budget.md
  observationFile: 50 * KB,
  regencyLayer: 150 * KB,
  provinceLayer: 60 * KB,
  mapFirstRenderMs: 1500,
  restyleMs: 100,
  profileRenderMs: 1500,
  rankingsMs: 100,
  sectorAnalysisMs: 500,
};
const SKIP_LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE === '0';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);

/** Optional figures from other features' own measuring code, called only when their file exists. */
async function optionalModule<T>(file: string): Promise<T | null> {
  const path = join(import.meta.dirname, file);
  return existsSync(path) ? ((await import(pathToFileURL(path).href)) as T) : null;
}

async function main() {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  const rows: BenchRow[] = [];
  const js = filesUnder(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => sizeOf(f, DIST));
  const totalJs = js.reduce((s, f) => s + f.gzip, 0);
  const floor = await measureFloorBundle();

  const server = await serveStatic(DIST, { headers: headersFromFile(join(DIST, '_headers')) });
  try {
    const browser = await measureInBrowser(server.url);
    if (browser) {
      const first = js.filter((f) => browser.firstScreenScripts.some((p) => p.endsWith(f.path)));
      const firstJs = first.reduce((s, f) => s + f.gzip, 0);
      rows.push(
        {
          figure: `first-screen JS, gzip (${first.length} files)`,
          unit: 'KB',
          budget: BUDGET.firstScreenJs,
          measured: firstJs,
        },
        {
          figure: 'first-screen JS ÷ stack floor',
          unit: 'ratio',
          budget: 1,
          measured: firstJs / floor,
          note: `floor ${(floor / KB).toFixed(1)} KB`,
        },
      );
    } else {
      rows.push({
        figure: 'first-screen JS, gzip',
        unit: 'KB',
        budget: BUDGET.firstScreenJs,
        measured: null,
        note: 'no Chromium',
      });
    }
    rows.push({
      figure: `all JS, gzip (${js.length} files) ÷ stack floor`,
      unit: 'ratio',
      budget: null,
      measured: totalJs / floor,
      note: `${(totalJs / KB).toFixed(1)} KB; floor = react, react-dom, leaflet, react-leaflet, recharts, zustand whole`,
    });

    const data = filesUnder(join(DIST, 'data/v1'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => sizeOf(f, join(DIST, 'data/v1')));
    const byPath = (p: string) => data.find((f) => f.path === p);
    rows.push(
      {
        figure: 'boundaries/regency.topo.json, gzip',
        unit: 'KB',
        budget: BUDGET.regencyLayer,
        measured: byPath('boundaries/regency.topo.json')?.gzip ?? null,
      },
      {
        figure: 'boundaries/province.topo.json, gzip',
        unit: 'KB',
        budget: BUDGET.provinceLayer,
        measured: byPath('boundaries/province.topo.json')?.gzip ?? null,
      },
    );
    const observations = data
      .filter((f) => f.path.startsWith('observations/'))
      .sort((a, b) => b.gzip - a.gzip);
    const largest = observations[0];
    rows.push({
      figure: `largest observations file, gzip (of ${observations.length})`,
      unit: 'KB',
      budget: BUDGET.observationFile,
      measured: largest?.gzip ?? null,
      note: largest?.path,
    });
    for (const path of ['regions.json', 'indicators.json']) {
      rows.push({ figure: `${path}, gzip`, unit: 'KB', budget: null, measured: byPath(path)?.gzip ?? null });
    }
    const other = data.filter(
      (f) =>
        !f.path.startsWith('observations/') &&
        !f.path.startsWith('boundaries/') &&
        !['regions.json', 'indicators.json'].includes(f.path),
    );
    // A folder of many small files (targets/*.json) is one line: its largest file, and the count.
    const folders = new Map<string, typeof other>();
    for (const f of other) {
      const folder = f.path.includes('/') ? f.path.slice(0, f.path.indexOf('/')) : f.path;
      folders.set(folder, [...(folders.get(folder) ?? []), f]);
    }
    for (const [folder, files] of folders) {
      const largest = files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      rows.push(
        files.length === 1
          ? { figure: `${largest.path}, gzip`, unit: 'KB', budget: null, measured: largest.gzip }
          : {
              figure: `largest ${folder}/ file, gzip (of ${files.length})`,
              unit: 'KB',
              budget: null,
              measured: largest.gzip,
              note: largest.path,
            },
      );
    }

    if (browser) {
      rows.push(
        {
          figure: 'map first render, 514 regencies (median of 5)',
          unit: 'ms',
          budget: BUDGET.mapFirstRenderMs,
          measured: median(browser.firstRenderMs),
          note: 'navigation → drawn',
        },
        {
          figure: 'map restyle on indicator switch (median of 5)',
          unit: 'ms',
          budget: BUDGET.restyleMs,
          measured: median(browser.restyleMs),
          note: 'setStyle → painted',
        },
        {
          figure: 'indicator switch, select → painted (median of 5)',
          unit: 'ms',
          budget: null,
          measured: median(browser.restyleWithRenderMs),
          note: 'data, React and map',
        },
      );
    }

    const profile = await measurePageReady(`${server.url}/region/61.11`, { charts: true });
    rows.push({
      figure: 'profile /region/61.11 drawn (median of 5)',
      unit: 'ms',
      budget: BUDGET.profileRenderMs,
      measured: profile ? median(profile) : null,
      note: 'navigation → heading, charts, nothing loading',
    });

    type RankingsModule = {
      measureRankingsTable?: (baseUrl: string) => Promise<Record<string, number[]> | null>;
    };
    const rankings = await optionalModule<RankingsModule>('rankings-timing.ts');
    const rankingTimes = rankings?.measureRankingsTable
      ? await rankings.measureRankingsTable(server.url)
      : null;
    if (rankingTimes) {
      for (const [name, times] of Object.entries(rankingTimes)) {
        rows.push({
          figure: `rankings ${name.replace(/Ms$/, '')}, 514 rows (median of ${times.length})`,
          unit: 'ms',
          budget: BUDGET.rankingsMs,
          measured: median(times),
          note: 'action → painted',
        });
      }
    } else {
      rows.push({
        figure: 'rankings sort and filter',
        unit: 'ms',
        budget: BUDGET.rankingsMs,
        measured: null,
        note: 'not measured',
      });
    }

    const sectors = await optionalModule<{ measureSectorAnalysis?: () => Promise<number[]> }>(
      'sector-timing.ts',
    );
    const sectorTimes = sectors?.measureSectorAnalysis ? await sectors.measureSectorAnalysis() : null;
    rows.push({
      figure: 'sector analysis, all 552 regions (median of 5)',
      unit: 'ms',
      budget: BUDGET.sectorAnalysisMs,
      measured: sectorTimes ? median(sectorTimes) : null,
      note: sectorTimes
        ? 'Node; index tables + analyseSectors + ranking per province and kabupaten/kota'
        : 'not measured',
    });

    rows.push(...(await pageLoadRows(server.url)));

    if (SKIP_LIGHTHOUSE) {
      rows.push({
        figure: 'Lighthouse mobile',
        unit: 'score',
        budget: LIGHTHOUSE_BUDGET.score,
        measured: null,
        higherIsBetter: true,
        note: 'skipped (BENCH_LIGHTHOUSE=0)',
      });
    } else {
      rows.push(...(await lighthouseRows(server.url, LIGHTHOUSE_RUNS)));
    }
  } finally {
    await server.close();
  }

  console.log(
    `\nKinerja Daerah bench — ${new Date().toISOString()} — load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(formatTable(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
