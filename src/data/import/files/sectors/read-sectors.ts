import type { ImportIssue } from '../../import-issue';
import { detectDecimalMark, isMissingCell, parseNumber } from '../../parse/parse-number';
import type { ColumnMap } from '../columns';
import { IMPORT_FIRST_YEAR, type DraftRow } from '../draft-rows';
import type { TableLine } from '../read-table';
import {
  parsePriceBasis,
  parseQuarter,
  parseSectorCode,
  type ImportPriceBasis,
  type ImportSectorCode,
} from './sector-cells';

export interface DraftSectorValue {
  year: number;
  quarter: number | null;
  basis: ImportPriceBasis;
  sector: ImportSectorCode;
  value: number;
  column: string;
}

export interface SectorDraft {
  kind: 'sectors';
  rows: DraftRow<DraftSectorValue>[];
  issues: ImportIssue[];
  source: { name: string; url: string };
}

const cellOf = (line: TableLine, index: number | undefined) =>
  index === undefined ? '' : (line.cells[index] ?? '');

/** `kode_wilayah,tahun,harga,kode_sektor,nilai`: one sector (or the total) per row. */
export function readSectors(
  header: TableLine,
  lines: readonly TableLine[],
  columns: ColumnMap,
  currentYear: number,
): SectorDraft {
  const name = (index: number | undefined) => (index === undefined ? '' : (header.cells[index] ?? ''));
  const mark = detectDecimalMark(lines.map((l) => cellOf(l, columns.value)));
  const rows: DraftRow<DraftSectorValue>[] = [];
  const issues: ImportIssue[] = [];
  let source = { name: '', url: '' };
  for (const line of lines) {
    const codeText = cellOf(line, columns.regionCode);
    const regionText = codeText || cellOf(line, columns.regionName);
    const regionColumn = name(codeText ? columns.regionCode : (columns.regionName ?? columns.regionCode));
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
    const yearText = cellOf(line, columns.year);
    const basisText = cellOf(line, columns.basis);
    const sectorText = cellOf(line, columns.sector);
    const valueText = cellOf(line, columns.value);
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
    const basis = parsePriceBasis(basisText);
    if (!basis) {
      issues.push(issue(columns.basis, 'unknown-price-basis', basisText));
      continue;
    }
    const sector = parseSectorCode(sectorText);
    if (!sector) {
      issues.push(issue(columns.sector, 'unknown-sector', sectorText));
      continue;
    }
    const quarterText = cellOf(line, columns.quarter);
    const quarter = parseQuarter(quarterText);
    if (quarter === undefined) {
      issues.push(issue(columns.quarter, 'not-a-number', quarterText));
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
    if (value < 0) {
      issues.push({ ...issue(columns.value, 'out-of-range', valueText), detail: { min: 0, max: null } });
      continue;
    }
    if (!source.name && cellOf(line, columns.source)) {
      source = { name: cellOf(line, columns.source), url: cellOf(line, columns.sourceUrl) };
    }
    rows.push({
      line: line.line,
      regionText,
      regionColumn,
      data: { year, quarter, basis, sector, value, column: name(columns.value) },
    });
  }
  return { kind: 'sectors', rows, issues, source };
}
