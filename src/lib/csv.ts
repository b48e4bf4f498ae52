import Papa from 'papaparse';
import type { Language } from '../domain/localized';

export type CsvCell = string | number | null | undefined;

/** Spreadsheets run cells that start like a formula; a leading apostrophe makes them plain text. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+([.,]\d+)?$/.test(text) ? `'${text}` : text;
}

/**
 * Indonesian spreadsheets read "1,5" with ";" between cells; English ones "1.5" with ",". The file
 * follows the interface language so it opens right on the user's own machine. A BOM makes Excel read UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][], language: Language): string {
  const decimal = language === 'id' ? ',' : '.';
  const cell = (value: CsvCell): string =>
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? String(value).replace('.', decimal)
        : neutralizeFormula(value);
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(cell)) },
    { delimiter: language === 'id' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
