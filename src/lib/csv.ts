import Papa from 'papaparse';
import type { Language } from '../domain/localized';

export type CsvCell = string | number | null | undefined;

const LINE_BREAK = /(\r\n|\r|\n)/;
/** A line a spreadsheet may run: a formula sign, also after spaces or tabs, also in full-width form. */
const FORMULA_LINE = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;
/** "-0,5", "-1.234,5", "-12%", "1e-3": numbers written as text, which no spreadsheet runs. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)*(?:[eE][-+]?\d+)?%?$/;

const runsAsFormula = (line: string) => FORMULA_LINE.test(line) && !PLAIN_NUMBER.test(line.trim());

/**
 * Spreadsheets run cells that start like a formula, and some importers split a cell at its line
 * breaks; a leading apostrophe makes each such line plain text. A cell that starts with a tab or a
 * carriage return is prefixed too, since some programs drop that character and then run the rest.
 */
export function neutralizeFormula(text: string): string {
  const safe = text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 0 && runsAsFormula(part) ? `'${part}` : part))
    .join('');
  return /^[\t\r\n]/.test(safe) ? `'${safe}` : safe;
}

/**
 * Indonesian spreadsheets read "1,5" with ";" between cells; English ones "1.5" with ",". The file
 * follows the interface language so it opens right on the user's own machine. A BOM makes Excel read UTF-8.
 * Numbers are written as numbers (negative ones stay negative); every text cell is neutralised.
 */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][], language: Language): string {
  const decimal = language === 'id' ? ',' : '.';
  const cell = (value: CsvCell): string =>
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? Number.isFinite(value)
          ? String(value).replace('.', decimal)
          : ''
        : neutralizeFormula(String(value));
  const body = Papa.unparse(
    { fields: header.map((h) => neutralizeFormula(h)), data: rows.map((row) => row.map(cell)) },
    { delimiter: language === 'id' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
