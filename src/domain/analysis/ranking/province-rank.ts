import { isRanked, type Polarity } from '../../indicator';
import type { Observation } from '../../observation';
import type { Region, RegionCode } from '../../region';
import { observationsInYear, rankRegions, type Rank } from './rank-regions';

/** A region's rank in one year among the regions with the same parent (a regency within its province). */
export function rankWithinParent(
  observations: readonly Observation[],
  year: number,
  region: Pick<Region, 'code' | 'parent'>,
  polarity: Polarity,
  parentOf: (code: RegionCode) => RegionCode | null | undefined,
): Rank | undefined {
  if (!region.parent) return undefined;
  return rankRegions(
    observationsInYear(observations, year),
    polarity,
    (code) => parentOf(code) === region.parent,
  ).get(region.code);
}

export interface RankedRegion {
  region: Region;
  observation: Observation | undefined;
  rank: Rank | undefined;
}

/**
 * Regions of one set (a province's regencies/cities, Indonesia's provinces) in one year, best first with
 * ties sharing a rank; regions without a value last, by name. Neutral indicators are ordered by value, highest
 * first, and ranked none.
 */
export function rankRegionSet(
  observations: readonly Observation[],
  year: number,
  regions: readonly Region[],
  polarity: Polarity,
): RankedRegion[] {
  const inSet = new Set(regions.map((r) => r.code));
  const ofYear = observationsInYear(observations, year).filter((o) => inSet.has(o.region));
  const byCode = new Map(ofYear.map((o) => [o.region, o]));
  const ranks = rankRegions(ofYear, polarity);
  const rows = regions.map((region) => ({
    region,
    observation: byCode.get(region.code),
    rank: ranks.get(region.code),
  }));
  const valueOf = (row: RankedRegion) => row.observation?.value ?? null;
  return rows
    .sort((a, b) => {
      const va = valueOf(a);
      const vb = valueOf(b);
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1;
        return a.region.name.localeCompare(b.region.name, 'id');
      }
      return a.rank!.rank - b.rank!.rank || a.region.name.localeCompare(b.region.name, 'id');
    })
    .map((row) => (isRanked({ polarity }) ? row : { ...row, rank: undefined }));
}
