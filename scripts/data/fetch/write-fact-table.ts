import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write';
import { factTableCsv, readFactTable, type FactRow } from './fact-row';
import { compareWithPrevious, type TableReport } from './fetch-report';

/**
 * Writes a fetched table unless its values are those already on disk, and reports what changed. An
 * unchanged table keeps its file, access date included, so a monthly run proposes no empty change.
 */
export function writeFactTable(id: string, path: string, rows: FactRow[], problems: string[]): TableReport {
  const previous = readPrevious(path, problems);
  const comparison = compareWithPrevious(previous, rows);
  const changed = comparison.unchanged !== rows.length || previous.length !== rows.length;
  if (changed) writeFileAtomic(path, factTableCsv(rows));
  return { id, status: changed ? 'fetched' : 'unchanged', fetched: rows.length, ...comparison, problems };
}

/** The last good table; one that no longer parses is reported and replaced, not a reason to stop. */
function readPrevious(path: string, problems: string[]): FactRow[] {
  if (!existsSync(path)) return [];
  try {
    return readFactTable(path, readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(
      `the previous table could not be read (${error instanceof Error ? error.message : String(error)}); it is replaced`,
    );
    return [];
  }
}

export function failedTable(id: string, message: string, problems: string[] = []): TableReport {
  return {
    id,
    status: 'error',
    fetched: 0,
    unchanged: 0,
    revised: [],
    newYears: [],
    withdrawn: 0,
    problems,
    message,
  };
}
