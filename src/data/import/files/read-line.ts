import type { ImportIssue } from '../import-issue';
import { isMissingCell, parseNumber, type DecimalMark } from '../parse/parse-number';
import type { TableLine } from './read-table';

export const cellOf = (line: TableLine, index: number | undefined): string =>
  index === undefined ? '' : (line.cells[index] ?? '');

/** The header the user wrote for a column, to name it in the report. */
export const columnNameOf = (header: TableLine, index: number | undefined): string =>
  index === undefined ? '' : (header.cells[index] ?? '');

interface RegionColumns {
  regionCode?: number;
  regionName?: number;
}

/**
 * One line of a long-format file as every reader sees it: the region it names (by code, else by name)
 * and issues that cite the column by its header, as the user wrote it.
 */
export function readLine(header: TableLine, line: TableLine, columns: RegionColumns) {
  const columnName = (index: number | undefined) => columnNameOf(header, index);
  const codeText = cellOf(line, columns.regionCode);
  const nameText = codeText ? cellOf(line, columns.regionName) : '';
  return {
    regionText: codeText || cellOf(line, columns.regionName),
    ...(nameText ? { nameText } : {}),
    regionColumn: columnName(codeText ? columns.regionCode : (columns.regionName ?? columns.regionCode)),
    issue: (column: number | undefined, reason: ImportIssue['reason'], value: string): ImportIssue => ({
      row: line.line,
      column: columnName(column),
      reason,
      value,
    }),
  };
}

type IssueOf = ReturnType<typeof readLine>['issue'];

/** A four-digit year inside [from, to], or the issue that says why not. */
export function checkYear(
  text: string,
  column: number | undefined,
  range: { from: number; to: number },
  issue: IssueOf,
): number | ImportIssue {
  if (!/^\d{4}$/.test(text)) return issue(column, 'not-a-number', text);
  const year = Number(text);
  if (year < range.from || year > range.to)
    return { ...issue(column, 'year-out-of-range', text), detail: range };
  return year;
}

/** A number written in the file's decimal style, or the issue for an empty or unreadable cell. */
export function checkNumber(
  text: string,
  column: number | undefined,
  mark: DecimalMark,
  issue: IssueOf,
): number | ImportIssue {
  if (isMissingCell(text)) return issue(column, 'missing-value', text);
  return parseNumber(text, mark) ?? issue(column, 'not-a-number', text);
}
