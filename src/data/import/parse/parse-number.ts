/** How the numbers of one file are written: "1.234,5" (Indonesian) or "1,234.5" (English). */
export type DecimalMark = ',' | '.';

const MISSING = new Set(['', '-', '–', '—', '…', '...', 'na', 'n/a', 'nan', '#n/a']);

function clean(text: string): string {
  // Spreadsheets group digits with spaces or no-break spaces too.
  return text.trim().replace(/[\s\u00a0\u202f']/g, '');
}

/** "-", "…", "NA": a table's way of saying there is no value. */
export function isMissingCell(text: string): boolean {
  return MISSING.has(clean(text).toLowerCase());
}

/**
 * Decides the decimal mark from every number cell of a file, because "1.234" alone is ambiguous.
 * Evidence, strongest first: a cell with both marks (the last one is the decimal), a mark that occurs
 * twice (a thousands separator), a mark not followed by exactly three digits (a decimal). Without any
 * evidence a comma is taken as decimal (Indonesian spreadsheets), a point as decimal otherwise.
 */
export function detectDecimalMark(cells: Iterable<string>): DecimalMark {
  let comma = 0;
  let point = 0;
  let sawComma = false;
  for (const raw of cells) {
    const text = clean(raw);
    if (!/^[-+]?[\d.,]+%?$/.test(text)) continue;
    const commas = text.split(',').length - 1;
    const points = text.split('.').length - 1;
    if (commas > 0) sawComma = true;
    if (commas > 0 && points > 0) {
      if (text.lastIndexOf(',') > text.lastIndexOf('.')) comma += 10;
      else point += 10;
    } else if (commas > 1) point += 5;
    else if (points > 1) comma += 5;
    else if (commas === 1 && !/,\d{3}%?$/.test(text)) comma += 1;
    else if (points === 1 && !/\.\d{3}%?$/.test(text)) point += 1;
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return sawComma ? ',' : '.';
}

const NUMBER_PATTERNS: Record<DecimalMark, RegExp> = {
  // 1.234.567,89 · 1234,5 · ,5
  ',': /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[-+]?,\d+$/,
  // 1,234,567.89 · 1234.5 · .5
  '.': /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/,
};

/** A cell as a number under the file's decimal mark; null when it is not a well-written number. */
export function parseNumber(raw: string, mark: DecimalMark): number | null {
  const text = clean(raw).replace(/%$/, '');
  if (!NUMBER_PATTERNS[mark].test(text)) return null;
  const group = mark === ',' ? '.' : ',';
  const value = Number(text.split(group).join('').replace(mark, '.'));
  return Number.isFinite(value) ? value : null;
}

/** Digits after the decimal mark, to show imported values as precisely as they were written. */
export function decimalsOf(raw: string, mark: DecimalMark): number {
  const text = clean(raw);
  const at = text.lastIndexOf(mark);
  if (at < 0) return 0;
  const digits = text.slice(at + 1).replace(/%$/, '');
  return /^\d+$/.test(digits) && parseNumber(text, mark) !== null ? digits.length : 0;
}
