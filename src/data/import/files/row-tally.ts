import type { ImportIssue } from '../import-issue';

/** Every data line of a file, in exactly one of three piles: the piles add up to the file's lines. */
export interface RowTally {
  lines: number;
  imported: number;
  skipped: number;
  /** Lines whose cells hold no value at all ("-", "…", empty): nothing to import, nothing wrong. */
  noData: number;
}

/**
 * A line is imported when at least one of its values is kept, holds no data when its only issues are
 * empty cells, and is skipped (with the reasons in the report) otherwise.
 */
export function tallyRows(
  dataLines: readonly number[],
  keptLines: ReadonlySet<number>,
  issues: readonly ImportIssue[],
): RowTally {
  const reasons = new Map<number, ImportIssue['reason'][]>();
  for (const issue of issues) reasons.set(issue.row, [...(reasons.get(issue.row) ?? []), issue.reason]);
  const tally: RowTally = { lines: dataLines.length, imported: 0, skipped: 0, noData: 0 };
  for (const line of dataLines) {
    const found = reasons.get(line) ?? [];
    if (keptLines.has(line)) tally.imported += 1;
    else if (found.every((r) => r === 'missing-value')) tally.noData += 1;
    else tally.skipped += 1;
  }
  return tally;
}
