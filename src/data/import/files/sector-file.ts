import type { Source } from '../../../domain/provenance';
import { SECTOR_CODES, TOTAL_CODE, type SectorOrTotal } from '../../../domain/sectors/sector-codes';
import type { PriceBasis } from '../../../domain/sectors/sector-value';
import type { RegionCode } from '../../../domain/region';
import type { ColumnMap } from './columns';
import { byLine, resolveRegion, type DraftRow, type RegionChoices } from './draft-rows';
import type { ImportIssue } from '../import-issue';
import { importedSource } from '../imported-source';
import { IMPORT_FIRST_YEAR } from './indicator-file';
import type { RegionMatcher } from '../parse/match-region';
import { detectDecimalMark, isMissingCell, parseNumber } from '../parse/parse-number';
import type { TableLine } from './read-table';

export type ImportSectorCode = SectorOrTotal;
export type ImportPriceBasis = PriceBasis;

/** "MN", "M-N", "m, n" → "M,N"; "PDRB", "jumlah" → "TOTAL"; null for anything else. */
export function parseSectorCode(text: string): ImportSectorCode | null {
  const compact = text.toUpperCase().replace(/[\s,.\-&/]+/g, '');
  if (['TOTAL', 'PDRB', 'JUMLAH', 'PDB'].includes(compact)) return TOTAL_CODE;
  if (compact === 'MN') return 'M,N';
  if (compact === 'RSTU' || compact === 'RU') return 'R,S,T,U';
  return (SECTOR_CODES as readonly string[]).includes(compact) ? (compact as ImportSectorCode) : null;
}

export function parsePriceBasis(text: string): ImportPriceBasis | null {
  const t = text.trim().toLowerCase();
  if (t === 'adhk' || t === 'konstan' || t === 'constant') return 'adhk';
  if (t === 'adhb' || t === 'berlaku' || t === 'current') return 'adhb';
  return null;
}

/** "Q1", "1", "I", "TW I" → 1; empty → null (an annual figure); undefined when unreadable. */
export function parseQuarter(text: string): number | null | undefined {
  const t = text
    .trim()
    .toUpperCase()
    .replace(/^(Q|TW|TRIWULAN)\s*/, '');
  if (!t) return null;
  const roman = ['I', 'II', 'III', 'IV'].indexOf(t);
  if (roman >= 0) return roman + 1;
  return /^[1-4]$/.test(t) ? Number(t) : undefined;
}

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

/** One PDRB figure kept in the browser (miliar rupiah). */
export interface ImportedSectorValue {
  region: RegionCode;
  year: number;
  quarter?: number;
  basis: ImportPriceBasis;
  sector: ImportSectorCode;
  value: number;
  source: Source;
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

export interface SectorResult {
  values: ImportedSectorValue[];
  issues: ImportIssue[];
  validRows: number;
}

/** BPS rounds each sector to two decimals, so 17 of them may miss the total by a few hundredths. */
const sumTolerance = (total: number) => Math.max(0.5, total * 0.001);

/**
 * Regions resolved, one value per region-period-basis-sector, and the 17 sectors checked against a
 * stated total: a table whose sectors do not add up to it is left out whole, since either side may be
 * the wrong one.
 */
export function finishSectorImport(
  draft: SectorDraft,
  options: { choices: RegionChoices; matcher: RegionMatcher; fileName: string },
): SectorResult {
  const { choices, matcher, fileName } = options;
  const source = importedSource(fileName, draft.source.name, draft.source.url);
  const issues = [...draft.issues];
  const seen = new Map<string, number>();
  const tables = new Map<string, { line: number; value: ImportedSectorValue }[]>();
  for (const row of draft.rows) {
    const resolved = resolveRegion(row, matcher, choices);
    if ('issue' in resolved) {
      issues.push(resolved.issue);
      continue;
    }
    const { year, quarter, basis, sector, value } = row.data;
    const tableKey = `${resolved.code}|${year}|${quarter ?? 'Y'}|${basis}`;
    const key = `${tableKey}|${sector}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        row: row.line,
        column: row.data.column,
        reason: 'duplicate',
        value: `${resolved.code} ${year} ${sector}`,
        detail: { firstRow: first },
      });
      continue;
    }
    seen.set(key, row.line);
    const entry = {
      line: row.line,
      value: {
        region: resolved.code,
        year,
        ...(quarter !== null ? { quarter } : {}),
        basis,
        sector,
        value,
        source,
      },
    };
    tables.set(tableKey, [...(tables.get(tableKey) ?? []), entry]);
  }

  const values: ImportedSectorValue[] = [];
  for (const entries of tables.values()) {
    const total = entries.find((e) => e.value.sector === TOTAL_CODE);
    const sectors = entries.filter((e) => e.value.sector !== TOTAL_CODE);
    const sum = sectors.reduce((s, e) => s + e.value.value, 0);
    const complete = sectors.length === SECTOR_CODES.length;
    const misses =
      total !== undefined &&
      (complete
        ? Math.abs(sum - total.value.value) > sumTolerance(total.value.value)
        : sum > total.value.value + sumTolerance(total.value.value));
    if (misses) {
      issues.push({
        row: total.line,
        column: draft.rows.find((r) => r.line === total.line)?.data.column ?? '',
        reason: 'sector-sum',
        value: String(total.value.value),
        detail: { sum: Math.round(sum * 100) / 100, total: total.value.value },
      });
      continue;
    }
    values.push(...entries.map((e) => e.value));
  }
  return { values, issues: issues.sort(byLine), validRows: values.length };
}
