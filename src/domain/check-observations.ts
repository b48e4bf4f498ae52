import type { Indicator } from './indicator';
import type { Observation } from './observation';
import type { RegionCode } from './region';
import type { ValidationIssue } from './validation-issue';

/**
 * Rules that need more than one row to check: a known region, one value per (region, year), and a
 * value inside the indicator's plausible range. The first of two duplicates wins. Without a region
 * list (it failed to load) the region check is skipped.
 */
export function checkObservations(
  observations: readonly Observation[],
  indicator: Indicator,
  knownRegions: ReadonlySet<RegionCode> | null,
  positions?: readonly number[],
): { rows: Observation[]; issues: ValidationIssue[] } {
  const rows: Observation[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const { min = null, max = null } = indicator.range ?? {};

  observations.forEach((observation, index) => {
    const row = positions?.[index] ?? index;
    const key = `${observation.region}|${observation.year}`;
    const value = observation.value;
    if (knownRegions && !knownRegions.has(observation.region)) {
      issues.push({ row, field: 'region', reason: `unknown region code ${observation.region}` });
    } else if (seen.has(key)) {
      issues.push({
        row,
        field: 'year',
        reason: `second value for ${observation.region} in ${observation.year}`,
      });
    } else if (value !== null && ((min !== null && value < min) || (max !== null && value > max))) {
      issues.push({ row, field: 'value', reason: `${value} is outside ${min ?? '−∞'}…${max ?? '∞'}` });
    } else {
      seen.add(key);
      rows.push(observation);
    }
  });
  return { rows, issues };
}
