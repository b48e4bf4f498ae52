import type { FileProblem } from '../import-issue';
import type { TableLine } from './read-table';

type Cell = string | number | boolean | object | null;

/** One cell as the CSV reader would see it: numbers with a decimal point, dates as their year. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (cell instanceof Date) return String(cell.getFullYear());
  return String(cell as string | boolean).trim();
}

/** A sheet's rows as the lines the CSV reader makes: 1-based numbers as Excel shows, blank rows dropped. */
export function sheetLines(rows: readonly (readonly Cell[])[]): TableLine[] {
  const lines: TableLine[] = [];
  rows.forEach((row, i) => {
    const cells = row.map(cellText);
    if (cells.some((c) => c !== '')) lines.push({ line: i + 1, cells });
  });
  return lines;
}

/** The file's bytes (FileReader rather than Blob.arrayBuffer, which older engines lack). */
function readFileBuffer(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsArrayBuffer(file);
  });
}

export interface WorkbookSheet {
  name: string;
  lines: TableLine[];
}

/**
 * An .xlsx workbook's sheets (merged title cells keep their text in the first cell, as BPS exports
 * them). The reader is loaded only when a workbook is picked, so no other page pays for it.
 */
export async function readWorkbook(
  file: Blob,
): Promise<{ sheets: WorkbookSheet[] } | { problem: FileProblem }> {
  try {
    const { default: readXlsxFile } = await import('read-excel-file/browser');
    const sheets = (await readXlsxFile(await readFileBuffer(file)))
      .map((s) => ({ name: s.sheet, lines: sheetLines(s.data as Cell[][]) }))
      .filter((s) => s.lines.length > 0);
    return sheets.length > 0 ? { sheets } : { problem: { reason: 'empty' } };
  } catch {
    return { problem: { reason: 'unreadable' } };
  }
}
