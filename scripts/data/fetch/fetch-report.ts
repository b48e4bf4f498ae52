import type { FactRow } from './fact-row';

export interface Revision {
  region: string;
  year: string;
  from: string;
  to: string;
}

export interface TableReport {
  id: string;
  status: 'fetched' | 'unchanged' | 'not-available' | 'error';
  /** Rows the WebAPI gave that passed every check. */
  fetched: number;
  unchanged: number;
  revised: Revision[];
  /** Years with no row in the previous fetch. */
  newYears: string[];
  /** Region-years of the previous fetch that this answer no longer holds; the new table drops them. */
  withdrawn: number;
  problems: string[];
  message?: string;
}

export type Comparison = Pick<TableReport, 'unchanged' | 'revised' | 'newYears' | 'withdrawn'>;

/** What changed since the last fetched table; with no previous table every year is new. */
export function compareWithPrevious(previous: readonly FactRow[], rows: readonly FactRow[]): Comparison {
  const before = new Map(previous.map((row) => [`${row.region_code}|${row.year}`, row.value]));
  const yearsBefore = new Set(previous.map((row) => row.year));
  const comparison: Comparison = { unchanged: 0, revised: [], newYears: [], withdrawn: 0 };
  const keys = new Set<string>();
  for (const row of rows) {
    const key = `${row.region_code}|${row.year}`;
    keys.add(key);
    const old = before.get(key);
    if (old === undefined) continue;
    if (Number(old) === Number(row.value)) comparison.unchanged++;
    else comparison.revised.push({ region: row.region_code, year: row.year, from: old, to: row.value });
  }
  comparison.newYears = [...new Set(rows.map((row) => row.year))]
    .filter((year) => !yearsBefore.has(year))
    .sort();
  comparison.withdrawn = [...before.keys()].filter((key) => !keys.has(key)).length;
  return comparison;
}

/** One block per table: what a reviewer reads before merging the refresh. */
export function formatReport(reports: readonly TableReport[]): string[] {
  const lines: string[] = [];
  for (const report of reports) {
    const head = `${report.id}: ${report.status}`;
    if (report.status === 'error' || report.status === 'not-available') {
      lines.push(`${head} – ${report.message ?? ''}; the table on disk is unchanged`);
    } else {
      lines.push(
        `${head} – ${report.fetched} value(s): ${report.unchanged} unchanged, ${report.revised.length} revised, ` +
          `new years ${report.newYears.join(', ') || 'none'}, ${report.withdrawn} no longer published`,
      );
      for (const r of report.revised) lines.push(`  revised ${r.region} ${r.year}: ${r.from} → ${r.to}`);
    }
    for (const problem of report.problems) lines.push(`  left out: ${problem}`);
  }
  return lines;
}
