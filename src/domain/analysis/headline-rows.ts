import { latestObservation, rankWithinLevel, type Rank } from './rank-regions';
import { isRanked, type Indicator } from '../indicator';
import type { Observation } from '../observation';
import type { Region, RegionCode } from '../region';

export interface HeadlineRow {
  indicator: Indicator;
  latest: (Observation & { value: number }) | undefined;
  /** Rank among regions of the same level (regencies: within the whole country). */
  rank: Rank | undefined;
}

/** The newest value of every indicator for one region, with its rank in that year (none for neutral indicators). */
export function toHeadlineRows(
  region: Region,
  indicators: readonly Indicator[],
  observationsById: ReadonlyMap<string, readonly Observation[]>,
  levelOf: (code: RegionCode) => Region['level'] | undefined,
): HeadlineRow[] {
  return indicators.map((indicator) => {
    const observations = observationsById.get(indicator.id) ?? [];
    const latest = latestObservation(observations, region.code);
    const rank =
      latest && region.level !== 'country' && isRanked(indicator)
        ? rankWithinLevel(observations, latest.year, region.code, indicator.polarity, levelOf)
        : undefined;
    return { indicator, latest, rank };
  });
}
