import type { KnownRegion } from '../checks';
import { parseCsv } from '../csv';
import { fetchedFile, type BpsTableMapping } from '../fetch/bps-table-mapping';
import { fetchedSpec } from '../table-specs/fetched-specs';
import { extractObservations, type Extracted } from './extract-observations';

/**
 * Reads the tables `data:fetch` wrote, with the same row checks as the compiled tables. A mapped
 * table that is not there (no key, never fetched) contributes nothing.
 */
export function fetchedObservations(
  texts: Readonly<Record<string, string>>,
  mappings: readonly BpsTableMapping[],
  regions: ReadonlyMap<string, KnownRegion>,
  dir: string,
): Extracted {
  const result: Extracted = { drafts: [], issues: [], skipped: [] };
  for (const mapping of mappings) {
    const file = fetchedFile(mapping);
    const text = texts[file];
    if (text === undefined) continue;
    const extracted = extractObservations(fetchedSpec(mapping), parseCsv(`${dir}/${file}`, text), regions);
    result.drafts.push(...extracted.drafts);
    result.issues.push(...extracted.issues);
    result.skipped.push(...extracted.skipped);
  }
  return result;
}
