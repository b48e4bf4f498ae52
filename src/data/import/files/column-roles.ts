import type { FileProblem } from '../import-issue';
import { isMissingCell } from '../parse/parse-number';
import type { ColumnMap } from './columns';
import type { TableLine } from './read-table';

const YEAR_CELL = /^(19[4-9]\d|20\d\d|2100)$/;

/** Share of a column's filled cells that look like a year; null for a column with no filled cell. */
function yearShare(lines: readonly TableLine[], index: number): number | null {
  const filled = lines.map((l) => l.cells[index] ?? '').filter((c) => !isMissingCell(c));
  if (filled.length === 0) return null;
  return filled.filter((c) => YEAR_CELL.test(c.trim())).length / filled.length;
}

/**
 * Checks that the columns the headers name hold what their names say: a year column holds years and a
 * value column does not hold only years. A file whose headers and content disagree ("Skor" full of
 * 2024, "Periode" full of 71,2) is refused whole: guessing which is which could swap year and value.
 */
export function checkColumnRoles(
  header: TableLine,
  body: readonly TableLine[],
  columns: ColumnMap,
): FileProblem | null {
  const name = (index: number) => header.cells[index] ?? '';
  const yearIndex = columns.year;
  const valueIndex = columns.value ?? columns.target;
  const yearsInYear = yearIndex === undefined ? null : yearShare(body, yearIndex);
  const yearsInValue = valueIndex === undefined ? null : yearShare(body, valueIndex);
  const clashes: { column: string; holds: 'years' | 'not-years' }[] = [];
  if (yearIndex !== undefined && yearsInYear !== null && yearsInYear < 0.5)
    clashes.push({ column: name(yearIndex), holds: 'not-years' });
  if (valueIndex !== undefined && yearsInValue === 1 && (yearsInYear ?? 0) < 0.5)
    clashes.push({ column: name(valueIndex), holds: 'years' });
  return clashes.length > 0 ? { reason: 'column-roles', clashes } : null;
}
