import type { Language } from '../domain/localized';
import { toCsv, type CsvCell } from './csv';
import { downloadBlob, downloadText } from './download';

export type TableFormat = 'csv' | 'xlsx';

/** One row of an .xlsx sheet: numbers stay numbers (sortable, summable), empty cells stay empty. */
export function toXlsxRow(row: readonly CsvCell[]) {
  return row.map((cell) =>
    cell === null || cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))
      ? null
      : typeof cell === 'number'
        ? { value: cell, type: Number }
        : { value: String(cell), type: String },
  );
}

/**
 * Every table download in one place: CSV in the interface language's spreadsheet style, or an .xlsx
 * workbook whose numbers are numbers. The .xlsx writer loads on the first such download only.
 * `filename` has no extension.
 */
export async function downloadTable(
  format: TableFormat,
  filename: string,
  header: readonly string[],
  rows: readonly CsvCell[][],
  language: Language,
): Promise<void> {
  if (format === 'csv') {
    downloadText(`${filename}.csv`, toCsv(header, rows, language), 'text/csv;charset=utf-8');
    return;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet = [
    header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...rows.map(toXlsxRow),
  ];
  downloadBlob(`${filename}.xlsx`, await writeXlsxFile(sheet).toBlob());
}
