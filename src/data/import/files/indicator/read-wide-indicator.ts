import type { ImportIssue } from '../../import-issue';
import { decimalsOf, detectDecimalMark, isMissingCell, parseNumber } from '../../parse/parse-number';
import { isRegionLabel, shownColumnName, yearOfHeader } from '../columns';
import { IMPORT_FIRST_YEAR, type DraftRow } from '../draft-rows';
import type { TableLine } from '../read-table';
import type { DraftValue, IndicatorDraft } from './indicator-draft';
import type { Indicator } from '../../../../domain/indicator';
import { readBpsTitle, suggestFromTitle } from './bps-title';

const FOOTER = /^(sumber|source|catatan|note|keterangan)\b/i;

/**
 * A BPS table as downloaded: title lines, a header with one column per year, one row per region (by
 * name), footnotes. Turned into the same rows as the long format; empty and "-" cells are no value.
 */
export function readWideIndicator(
  headerLine: TableLine,
  lines: readonly TableLine[],
  title: readonly string[],
  currentYear: number,
  catalogue: readonly Indicator[] = [],
): IndicatorDraft {
  const yearColumns = headerLine.cells
    .map((cell, index) => ({ index, year: yearOfHeader(cell), header: cell }))
    .filter((c): c is { index: number; year: number; header: string } => c.year !== null);
  const regionIndex = headerLine.cells.findIndex((cell) => yearOfHeader(cell) === null);
  const regionColumn = headerLine.cells[regionIndex] || shownColumnName('regionName');
  const body = lines.filter((l) => l.line > headerLine.line);
  const footerAt = body.findIndex((l) => FOOTER.test(l.cells[regionIndex] ?? ''));
  const dataLines = footerAt >= 0 ? body.slice(0, footerAt) : body;
  const mark = detectDecimalMark(dataLines.flatMap((l) => yearColumns.map((c) => l.cells[c.index] ?? '')));

  const rows: DraftRow<DraftValue>[] = [];
  const issues: ImportIssue[] = [];
  for (const line of dataLines) {
    const regionText = line.cells[regionIndex] ?? '';
    if (!regionText) continue; // a sub-header line: counted as holding no data
    for (const column of yearColumns) {
      const text = line.cells[column.index] ?? '';
      if (isMissingCell(text)) {
        issues.push({ row: line.line, column: column.header, reason: 'missing-value', value: text });
        continue;
      }
      if (column.year > currentYear) {
        issues.push({
          row: line.line,
          column: column.header,
          reason: 'year-out-of-range',
          value: column.header,
          detail: { from: IMPORT_FIRST_YEAR, to: currentYear },
        });
        continue;
      }
      const value = parseNumber(text, mark);
      if (value === null) {
        issues.push({ row: line.line, column: column.header, reason: 'not-a-number', value: text });
        continue;
      }
      rows.push({
        line: line.line,
        regionText,
        regionColumn,
        data: { year: column.year, value, decimals: decimalsOf(text, mark), column: column.header },
      });
    }
  }
  const years = yearColumns.map((c) => c.year);
  return {
    kind: 'indicator',
    format: 'wide',
    hasMetadata: false,
    suggested: suggestFromTitle(readBpsTitle(title.filter((t) => !isRegionLabel(t))), catalogue),
    rows,
    issues,
    years: { from: Math.min(...years), to: Math.max(...years) },
    dataLines: dataLines.map((l) => l.line),
  };
}
