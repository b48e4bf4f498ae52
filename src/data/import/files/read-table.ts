import Papa from 'papaparse';
import type { FileProblem } from '../import-issue';

/** Far above any regional table (514 regencies × 30 years × 18 sectors is about 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const CSV_NAME = /\.(csv|tsv|txt)$/i;
const XLSX_NAME = /\.xlsx$/i;
const XLSX_TYPES = new Set([
  '',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]);
const CSV_TYPES = new Set([
  '',
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/csv',
]);

/** A workbook is read by the .xlsx reader, anything else accepted as text. */
export const isWorkbook = (file: { name: string; type: string }) =>
  XLSX_NAME.test(file.name) && XLSX_TYPES.has(file.type);

/** A file refused before it is read: wrong kind, empty or too large. */
export function checkFile(file: { name: string; type: string; size: number }): FileProblem | null {
  if (!isWorkbook(file) && (!CSV_NAME.test(file.name) || !CSV_TYPES.has(file.type)))
    return { reason: 'not-csv' };
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > MAX_IMPORT_BYTES) return { reason: 'too-large', size: file.size, limit: MAX_IMPORT_BYTES };
  return null;
}

export interface TableLine {
  /** 1-based, as a spreadsheet numbers lines. */
  line: number;
  cells: string[];
}

/**
 * The file as lines of trimmed cells, blank lines dropped but counted. The delimiter (",", ";", tab) is
 * guessed, since Indonesian spreadsheets save with ";". Binary content (an XLSX renamed .csv) is refused.
 */
export function readTable(text: string): { lines: TableLine[] } | { problem: FileProblem } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000') || body.startsWith('PK\u0003\u0004')) return { problem: { reason: 'not-csv' } };
  if (!body.trim()) return { problem: { reason: 'empty' } };
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const lines: TableLine[] = [];
  parsed.data.forEach((cells, i) => {
    const trimmed = cells.map((c) => (c ?? '').trim());
    if (trimmed.some((c) => c !== '')) lines.push({ line: i + 1, cells: trimmed });
  });
  if (lines.length === 0) return { problem: { reason: 'empty' } };
  return { lines };
}

/** The file's text as UTF-8 (FileReader rather than Blob.text, which older engines lack). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file, 'utf-8');
  });
}
