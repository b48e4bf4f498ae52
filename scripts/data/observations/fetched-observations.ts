import type { KnownRegion } from '../checks';
import { parseCsv } from '../csv';
import type { FetchedTable } from '../fetch/fetched-table';
import { fetchedSpec } from '../table-specs/fetched-specs';
import { extractObservations, type Extracted } from './extract-observations';

/**
 * Reads the tables `data:fetch` wrote, with the same row checks as the compiled tables. A mapped
 * table that is not there (no key, never fetched) contributes nothing.
 */
export function fetchedObservations(
  texts: Readonly<Record<string, string>>,
  tables: readonly FetchedTable[],
  regions: ReadonlyMap<string, KnownRegion>,
  dir: string,
): Extracted {
  const result: Extracted = { drafts: [], issues: [], skipped: [] };
  for (const table of tables) {
    const text = texts[table.file];
    if (text === undefined) continue;
    const extracted = extractObservations(
      fetchedSpec(table),
      parseCsv(`${dir}/${table.file}`, text),
      regions,
    );
    result.drafts.push(...extracted.drafts);
    result.issues.push(...extracted.issues);
    result.skipped.push(...extracted.skipped);
  }
  return result;
}
