import type { Indicator } from '../../../domain/indicator';
import type { Source } from '../../../domain/provenance';
import type { RegionCode } from '../../../domain/region';
import type { ColumnMap } from './columns';
import {
  byLine,
  IMPORT_FIRST_YEAR,
  duplicateIssue,
  resolveRegion,
  type DraftRow,
  type RegionChoices,
} from './draft-rows';
import type { ImportIssue } from '../import-issue';
import { importedSource } from '../imported-source';
import { slugify } from './indicator/indicator-meta';
import type { RegionMatcher } from '../parse/match-region';
import { detectDecimalMark } from '../parse/parse-number';
import { cellOf, checkNumber, checkYear, columnNameOf, readLine } from './read-line';
import type { TableLine } from './read-table';

/** RPJMD targets reach decades ahead (RPJPD to 2045); anything later is a typo. */
export const LAST_TARGET_YEAR = 2100;

export interface DraftTarget {
  indicator: string;
  year: number;
  value: number;
  column: string;
}

export interface TargetDraft {
  kind: 'targets';
  rows: DraftRow<DraftTarget>[];
  issues: ImportIssue[];
  source: { name: string; url: string };
  indicatorColumn: string;
}

/** One target of one region for one year, as kept in the browser. */
export interface ImportedTarget {
  indicator: string;
  region: RegionCode;
  year: number;
  value: number;
  source: Source;
}

/** `kode_wilayah,indikator,tahun,target`: one target per row. */
export function readTargets(header: TableLine, lines: readonly TableLine[], columns: ColumnMap): TargetDraft {
  const mark = detectDecimalMark(lines.map((l) => cellOf(l, columns.target)));
  const rows: DraftRow<DraftTarget>[] = [];
  const issues: ImportIssue[] = [];
  let source = { name: '', url: '' };
  for (const line of lines) {
    const { regionText, regionColumn, nameText, issue } = readLine(header, line, columns);
    const indicatorText = cellOf(line, columns.indicator);
    const yearText = cellOf(line, columns.year);
    const targetText = cellOf(line, columns.target);
    const indicator = slugify(indicatorText);
    if (!indicator) {
      issues.push(issue(columns.indicator, 'missing-indicator', indicatorText));
      continue;
    }
    const year = checkYear(yearText, columns.year, { from: IMPORT_FIRST_YEAR, to: LAST_TARGET_YEAR }, issue);
    if (typeof year !== 'number') {
      issues.push(year);
      continue;
    }
    const value = checkNumber(targetText, columns.target, mark, issue);
    if (typeof value !== 'number') {
      issues.push(value);
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
      data: { indicator, year, value, column: columnNameOf(header, columns.target) },
    });
  }
  return { kind: 'targets', rows, issues, source, indicatorColumn: columnNameOf(header, columns.indicator) };
}

export interface TargetResult {
  targets: ImportedTarget[];
  issues: ImportIssue[];
  validRows: number;
}

/** Known indicator, known region, one target per indicator-region-year, inside the indicator's range. */
export function finishTargetImport(
  draft: TargetDraft,
  options: {
    choices: RegionChoices;
    matcher: RegionMatcher;
    catalogue: readonly Indicator[];
    fileName: string;
  },
): TargetResult {
  const { choices, matcher, catalogue, fileName } = options;
  const source = importedSource(fileName, draft.source.name, draft.source.url);
  const issues = [...draft.issues];
  const targets: ImportedTarget[] = [];
  const seen = new Map<string, number>();
  for (const row of draft.rows) {
    const indicator = catalogue.find((i) => i.id === row.data.indicator);
    if (!indicator) {
      issues.push({
        row: row.line,
        column: draft.indicatorColumn,
        reason: 'unknown-indicator',
        value: row.data.indicator,
      });
      continue;
    }
    const resolved = resolveRegion(row, matcher, choices);
    if ('issue' in resolved) {
      issues.push(resolved.issue);
      continue;
    }
    const key = `${indicator.id}|${resolved.code}|${row.data.year}`;
    const duplicate = duplicateIssue(seen, key, row, `${resolved.code} ${row.data.year}`);
    if (duplicate) {
      issues.push(duplicate);
      continue;
    }
    const { min = null, max = null } = indicator.range ?? {};
    const value = row.data.value;
    if ((min !== null && value < min) || (max !== null && value > max)) {
      issues.push({
        row: row.line,
        column: row.data.column,
        reason: 'out-of-range',
        value: String(value),
        detail: { min, max },
      });
      continue;
    }
    seen.set(key, row.line);
    targets.push({ indicator: indicator.id, region: resolved.code, year: row.data.year, value, source });
  }
  return { targets, issues: issues.sort(byLine), validRows: targets.length };
}
