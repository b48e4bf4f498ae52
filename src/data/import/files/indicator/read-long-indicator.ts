import type { ImportIssue } from '../../import-issue';
import { decimalsOf, detectDecimalMark } from '../../parse/parse-number';
import type { ColumnMap } from '../columns';
import { IMPORT_FIRST_YEAR, type DraftRow } from '../draft-rows';
import { cellOf, checkNumber, checkYear, columnNameOf, readLine } from '../read-line';
import type { TableLine } from '../read-table';
import type { DraftValue, IndicatorDraft } from './indicator-draft';
import { parseCategory, parsePolarity, slugify, type IndicatorMeta } from './indicator-meta';

/** Long format: one row per region-year, with or without metadata columns. */
export function readLongIndicator(
  header: TableLine,
  lines: readonly TableLine[],
  columns: ColumnMap,
  currentYear: number,
): IndicatorDraft {
  const mark = detectDecimalMark(lines.map((l) => cellOf(l, columns.value)));
  const rows: DraftRow<DraftValue>[] = [];
  const issues: ImportIssue[] = [];
  const hasMetadata = columns.indicator !== undefined;
  let from = Infinity;
  let to = -Infinity;

  for (const line of lines) {
    const { regionText, regionColumn, nameText, issue } = readLine(header, line, columns);
    const yearText = cellOf(line, columns.year);
    const valueText = cellOf(line, columns.value);
    const year = checkYear(yearText, columns.year, { from: IMPORT_FIRST_YEAR, to: currentYear }, issue);
    if (typeof year !== 'number') {
      issues.push(year);
      continue;
    }
    const value = checkNumber(valueText, columns.value, mark, issue);
    if (typeof value !== 'number') {
      issues.push(value);
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
      ...(nameText ? { nameText } : {}),
      data: {
        year,
        value,
        decimals: decimalsOf(valueText, mark),
        column: columnNameOf(header, columns.value),
        ...(note ? { note } : {}),
        ...(meta ? { meta } : {}),
      },
    });
  }
  return { kind: 'indicator', format: 'long', hasMetadata, suggested: {}, rows, issues, years: { from, to } };
}
