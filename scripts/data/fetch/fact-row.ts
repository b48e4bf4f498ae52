import Papa from 'papaparse';
import { field, parseCsv } from '../csv';

/** The columns of the compiled BPS fact tables (ipm.csv, tpt.csv …), plus the access date. */
export const FACT_COLUMNS = [
  'region_code',
  'region_name',
  'level',
  'year',
  'value',
  'unit',
  'source_url',
  'series',
  'original_source',
  'note',
  'accessed',
] as const;

export type FactRow = Record<(typeof FACT_COLUMNS)[number], string>;

export function factTableCsv(rows: readonly FactRow[]): string {
  const data = rows.map((row) => FACT_COLUMNS.map((column) => row[column]));
  return `${Papa.unparse({ fields: [...FACT_COLUMNS], data }, { newline: '\n' })}\n`;
}

export function readFactTable(file: string, text: string): FactRow[] {
  return parseCsv(file, text).rows.map(
    (row) => Object.fromEntries(FACT_COLUMNS.map((column) => [column, field(row, column)])) as FactRow,
  );
}
