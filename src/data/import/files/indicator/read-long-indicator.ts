import type { ImportIssue } from '../../import-issue';
import { decimalsOf, detectDecimalMark, isMissingCell, parseNumber } from '../../parse/parse-number';
import type { ColumnMap } from '../columns';
import { IMPORT_FIRST_YEAR, type DraftRow } from '../draft-rows';
import type { TableLine } from '../read-table';
import type { DraftValue, IndicatorDraft } from './indicator-draft';
import { parseCategory, parsePolarity, slugify, type IndicatorMeta } from './indicator-meta';

const cellOf = (line: TableLine, index: number | undefined) =>
  index === undefined ? '' : (line.cells[index] ?? '');

/** Long format: one row per region-year, with or without metadata columns. */
export function readLongIndicator(
  header: TableLine,
  lines: readonly TableLine[],
  columns: ColumnMap,
  currentYear: number,
): IndicatorDraft {
  const mark = detectDecimalMark(lines.map((l) => cellOf(l, columns.value)));
  const name = (index: number | undefined) => (index === undefined ? '' : (header.cells[index] ?? ''));
  const rows: DraftRow<DraftValue>[] = [];
  const issues: ImportIssue[] = [];
  const hasMetadata = columns.indicator !== undefined;
  let from = Infinity;
  let to = -Infinity;

  for (const line of lines) {
    const codeText = cellOf(line, columns.regionCode);
    const regionText = codeText || cellOf(line, columns.regionName);
    const regionColumn = name(codeText ? columns.regionCode : (columns.regionName ?? columns.regionCode));
    const yearText = cellOf(line, columns.year);
    const valueText = cellOf(line, columns.value);
    const issue = (
      column: number | undefined,
      reason: ImportIssue['reason'],
      value: string,
    ): ImportIssue => ({
      row: line.line,
      column: name(column),
      reason,
      value,
    });

    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (year === null) {
      issues.push(issue(columns.year, 'not-a-number', yearText));
      continue;
    }
    if (year < IMPORT_FIRST_YEAR || year > currentYear) {
      issues.push({
        ...issue(columns.year, 'year-out-of-range', yearText),
        detail: { from: IMPORT_FIRST_YEAR, to: currentYear },
      });
      continue;
    }
    if (isMissingCell(valueText)) {
      issues.push(issue(columns.value, 'missing-value', valueText));
      continue;
    }
    const value = parseNumber(valueText, mark);
    if (value === null) {
      issues.push(issue(columns.value, 'not-a-number', valueText));
      continue;
    }
    let meta: Partial<IndicatorMeta> | undefined;
    if (hasMetadata) {
      const idText = cellOf(line, columns.indicator);
      const nameText = cellOf(line, columns.name);
      const id = slugify(idText || nameText);
      if (!id) {
        issues.push(issue(columns.indicator, 'missing-indicator', idText));
        continue;
      }
      const polarityText = cellOf(line, columns.polarity);
      const polarity = polarityText ? parsePolarity(polarityText) : undefined;
      if (polarity === null) {
        issues.push(issue(columns.polarity, 'unknown-polarity', polarityText));
        continue;
      }
      const category = parseCategory(cellOf(line, columns.category));
      meta = {
        id,
        name: nameText || idText,
        unit: cellOf(line, columns.unit),
        ...(polarity ? { polarity } : {}),
        ...(category ? { category } : {}),
        source: cellOf(line, columns.source),
        sourceUrl: cellOf(line, columns.sourceUrl),
      };
    }
    from = Math.min(from, year);
    to = Math.max(to, year);
    const note = cellOf(line, columns.note);
    rows.push({
      line: line.line,
      regionText,
      regionColumn,
      data: {
        year,
        value,
        decimals: decimalsOf(valueText, mark),
        column: name(columns.value),
        ...(note ? { note } : {}),
        ...(meta ? { meta } : {}),
      },
    });
  }
  return { kind: 'indicator', format: 'long', hasMetadata, suggested: {}, rows, issues, years: { from, to } };
}
