import type { Polarity } from '../../indicator';
import type { Observation } from '../../observation';
import type { RegionCode, RegionLevel } from '../../region';

export interface Rank {
  rank: number;
  of: number;
}

/**
 * Ranks the regions that have a value, best first (highest first for neutral indicators).
 * Equal values share a rank ("1, 2, 2, 4"). Regions without a value get no rank.
 */
export function rankRegions(
  observations: readonly Observation[],
  polarity: Polarity,
  include: (code: RegionCode) => boolean = () => true,
): Map<RegionCode, Rank> {
  const valued = observations.filter(
    (o): o is Observation & { value: number } => o.value !== null && include(o.region),
  );
  const sign = polarity === 'lower-is-better' ? 1 : -1;
  valued.sort((a, b) => sign * (a.value - b.value) || a.region.localeCompare(b.region));
  const ranks = new Map<RegionCode, Rank>();
  valued.forEach((o, index) => {
    const previous = valued[index - 1];
    const rank = previous && previous.value === o.value ? ranks.get(previous.region)!.rank : index + 1;
    ranks.set(o.region, { rank, of: valued.length });
  });
  return ranks;
}

/** The values of one year, one per region. */
export function observationsInYear(observations: readonly Observation[], year: number): Observation[] {
  return observations.filter((o) => o.year === year);
}

/** The newest observation with a value for a region, or undefined. */
export function latestObservation(
  observations: readonly Observation[],
  region: RegionCode,
): (Observation & { value: number }) | undefined {
  let latest: (Observation & { value: number }) | undefined;
  for (const o of observations) {
    if (o.region === region && o.value !== null && (!latest || o.year > latest.year)) {
      latest = o as Observation & { value: number };
    }
  }
  return latest;
}

/** A region's rank in one year among the regions of its own level (a regency among all regencies). */
export function rankWithinLevel(
  observations: readonly Observation[],
  year: number,
  code: RegionCode,
  polarity: Polarity,
  levelOf: (code: RegionCode) => RegionLevel | undefined,
): Rank | undefined {
  const level = levelOf(code);
  if (!level) return undefined;
  return rankRegions(observationsInYear(observations, year), polarity, (c) => levelOf(c) === level).get(code);
}
