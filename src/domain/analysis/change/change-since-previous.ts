import type { Indicator } from '../../indicator';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import { changeSince, type Change } from './change-since';

/**
 * For every region with a value in `year`, its change since its previous year with a value (a gap year
 * is skipped, not read as zero), as `changeSince` reports it. Later years are ignored, so a ranking of
 * 2023 shows the change into 2023. Regions without an earlier value get no entry.
 */
export function changesInYear(
  observations: readonly Observation[],
  year: number,
  indicator: Pick<Indicator, 'polarity' | 'decimals' | 'bandSets'>,
): Map<RegionCode, Change> {
  const upToYear = new Map<RegionCode, Observation[]>();
  const hasValueInYear = new Set<RegionCode>();
  for (const o of observations) {
    if (o.year > year || o.value === null) continue;
    if (o.year === year) hasValueInYear.add(o.region);
    const list = upToYear.get(o.region);
    if (list) list.push(o);
    else upToYear.set(o.region, [o]);
  }
  const changes = new Map<RegionCode, Change>();
  for (const region of hasValueInYear) {
    const change = changeSince(upToYear.get(region)!, region, indicator);
    if (change) changes.set(region, change);
  }
  return changes;
}
