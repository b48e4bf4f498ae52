/** One line of `npm run bench`: a figure, its budget, what was measured, and measured ÷ budget. */
export interface BenchRow {
  figure: string;
  unit: 'KB' | 'ms' | 'score' | 'ratio' | '';
  budget: number | null;
  measured: number | null;
  /** For a score, higher is better: the ratio is then budget ÷ measured, so ≤ 1 always means within. */
  higherIsBetter?: boolean;
  note?: string;
}

const show = (value: number | null, unit: BenchRow['unit']) => {
  if (value === null || Number.isNaN(value)) return '—';
  if (unit === 'KB') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 'ratio') return value.toFixed(3);
  return String(Math.round(value * 100) / 100);
};

export function ratioOf(row: BenchRow): number | null {
  if (row.budget === null || row.measured === null || Number.isNaN(row.measured)) return null;
  if (row.higherIsBetter) return row.measured === 0 ? Infinity : row.budget / row.measured;
  return row.budget === 0 ? (row.measured === 0 ? 0 : Infinity) : row.measured / row.budget;
}

/** A plain-text table; ✓ within budget, ✗ over it, · when there is no budget (a figure to watch). */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => {
    const ratio = ratioOf(row);
    const mark = ratio === null ? '·' : ratio <= 1 ? '✓' : '✗';
    const budget =
      row.budget === null ? '—' : `${row.higherIsBetter ? '≥' : '≤'} ${show(row.budget, row.unit)}`;
    return [
      row.figure,
      budget,
      show(row.measured, row.unit),
      ratio === null ? '—' : `${ratio.toFixed(2)} ${mark}`,
      row.note ?? '',
    ];
  });
  const header = ['figure', 'budget', 'measured', 'ratio', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === 1 || i === 2 || i === 3 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export const median = (values: readonly number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
