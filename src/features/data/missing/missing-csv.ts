import { pickText, type Language } from '../../../domain/localized';
import { toCsv, type CsvCell } from '../../../lib/csv';
import type { MissingReport } from './missing-report';

export const MISSING_CSV_HEADER = [
  'region_code',
  'region_name',
  'province',
  'indicator',
  'indicator_name',
  'year',
  'status',
] as const;

/** One line per empty cell, in the report's order (emptiest region first); the status says it is a gap. */
export function missingToCsv(report: MissingReport, language: Language, status: string): string {
  const rows: CsvCell[][] = report.rows.flatMap((row) =>
    row.gaps.map((gap) => [
      row.region.code,
      row.region.name,
      row.province?.name ?? '',
      gap.indicator.id,
      pickText(gap.indicator.name, language),
      gap.year,
      status,
    ]),
  );
  return toCsv(MISSING_CSV_HEADER, rows, language);
}
