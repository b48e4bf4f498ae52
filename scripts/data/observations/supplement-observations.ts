import type { BuildIssue } from '../checks';
import type { Draft, Skipped } from './extract-observations';

export interface Supplemented {
  kept: Draft[];
  skipped: Skipped[];
  issues: BuildIssue[];
}

/**
 * A supplementing table only fills region-years the earlier table (`file`) left empty: where both hold
 * a value the earlier one stays, and the later row is reported as skipped. A different value there is
 * a conflict to resolve by hand, never a silent choice.
 */
export function keepNewRegionYears(
  incoming: readonly Draft[],
  existing: readonly Draft[],
  file: string,
): Supplemented {
  const held = new Map<string, Draft>();
  for (const d of existing) {
    if (d.origin.file === file) held.set(`${d.indicator}|${d.region}|${d.year}`, d);
  }
  const result: Supplemented = { kept: [], skipped: [], issues: [] };
  for (const draft of incoming) {
    const earlier = held.get(`${draft.indicator}|${draft.region}|${draft.year}`);
    if (!earlier) {
      result.kept.push(draft);
    } else if (earlier.value === draft.value) {
      result.skipped.push({
        indicator: draft.indicator,
        reason: `already in ${file} with the same value; the existing row is kept`,
        origin: draft.origin,
      });
    } else {
      result.issues.push({
        ...draft.origin,
        message: `${draft.region} ${draft.year}: ${draft.value} here but ${earlier.value} in ${file} line ${earlier.origin.line}`,
      });
    }
  }
  return result;
}
