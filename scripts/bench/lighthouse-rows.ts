import type { BenchRow } from './bench-table';
import { medianRun, runLighthouse } from './lighthouse';

export const LIGHTHOUSE_BUDGET = { score: 95, lcpMs: 2000, tbtMs: 150, cls: 0.02 };

/** The pages whose first screen must be fast on a phone (issue 20): the map, the profile, the rankings. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/region/61.11',
  '/rankings?indicator=poverty-rate&year=2024&level=regency',
];

/** Lighthouse mobile on each page, `runs` times (BENCH_LH_RUNS, default 5), the median-score run reported. */
export async function lighthouseRows(baseUrl: string, runs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const path of LIGHTHOUSE_PAGES) {
    const results = await runLighthouse(`${baseUrl}${path}`, runs);
    const mid = results ? medianRun(results) : undefined;
    const short = path.replace(/\?.*/, '?…');
    rows.push(
      {
        figure: `Lighthouse ${short} score (median of ${runs})`,
        unit: 'score',
        budget: LIGHTHOUSE_BUDGET.score,
        measured: mid?.score ?? null,
        higherIsBetter: true,
        note: results ? `runs: ${results.map((r) => r.score).join(', ')}` : 'no Chromium',
      },
      {
        figure: `Lighthouse ${short} LCP`,
        unit: 'ms',
        budget: LIGHTHOUSE_BUDGET.lcpMs,
        measured: mid?.lcpMs ?? null,
      },
      {
        figure: `Lighthouse ${short} TBT`,
        unit: 'ms',
        budget: LIGHTHOUSE_BUDGET.tbtMs,
        measured: mid?.tbtMs ?? null,
      },
      {
        figure: `Lighthouse ${short} CLS`,
        unit: 'ratio',
        budget: LIGHTHOUSE_BUDGET.cls,
        measured: mid?.cls ?? null,
      },
      { figure: `Lighthouse ${short} FCP`, unit: 'ms', budget: null, measured: mid?.fcpMs ?? null },
    );
  }
  return rows;
}
