import type { FileProblem } from '../import-issue';
import { isWorkbook, readFileText, readTable, type TableLine } from './read-table';
import { readWorkbook } from './read-workbook';

/**
 * A picked file as lines of cells: a CSV's text split, or an .xlsx workbook's first sheet with data
 * (a BPS export has one sheet; a workbook with several is read from its first).
 */
export async function readFileLines(
  file: File,
): Promise<{ lines: TableLine[]; sheet?: string } | { problem: FileProblem }> {
  if (isWorkbook(file)) {
    const workbook = await readWorkbook(file);
    if ('problem' in workbook) return workbook;
    const first = workbook.sheets[0]!;
    return { lines: first.lines, sheet: first.name };
  }
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    return { problem: { reason: 'unreadable' } };
  }
  return readTable(text);
}
