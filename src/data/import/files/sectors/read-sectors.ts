import type { ImportIssue } from '../../import-issue';
import { detectDecimalMark } from '../../parse/parse-number';
import type { ColumnMap } from '../columns';
import { IMPORT_FIRST_YEAR, type DraftRow } from '../draft-rows';
import { cellOf, checkNumber, checkYear, columnNameOf, readLine } from '../read-line';
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

/** `kode_wilayah,tahun,harga,kode_sektor,nilai`: one sector (or the total) per row. */
export function readSectors(
  header: TableLine,
  lines: readonly TableLine[],
  columns: ColumnMap,
  currentYear: number,
): SectorDraft {
  const mark = detectDecimalMark(lines.map((l) => cellOf(l, columns.value)));
  const rows: DraftRow<DraftSectorValue>[] = [];
  const issues: ImportIssue[] = [];
  let source = { name: '', url: '' };
  for (const line of lines) {
    const { regionText, regionColumn, nameText, issue } = readLine(header, line, columns);
    const yearText = cellOf(line, columns.year);
    const basisText = cellOf(line, columns.basis);
    const sectorText = cellOf(line, columns.sector);
    const valueText = cellOf(line, columns.value);
    const year = checkYear(yearText, columns.year, { from: IMPORT_FIRST_YEAR, to: currentYear }, issue);
    if (typeof year !== 'number') {
      issues.push(year);
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
    const value = checkNumber(valueText, columns.value, mark, issue);
    if (typeof value !== 'number') {
      issues.push(value);
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
      ...(nameText ? { nameText } : {}),
      data: { year, quarter, basis, sector, value, column: columnNameOf(header, columns.value) },
    });
  }
  return { kind: 'sectors', rows, issues, source };
}
