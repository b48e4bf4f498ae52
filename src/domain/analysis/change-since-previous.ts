import type { Polarity } from '../indicator';
import type { Observation } from '../observation';
import type { RegionCode } from '../region';

/** better/worse follow the indicator's polarity; a neutral indicator only goes up or down. */
export type ChangeDirection = 'better' | 'worse' | 'stable' | 'up' | 'down';

export interface Change {
  /** Rounded to the indicator's decimals, so 65.74 − 64.79 is 0.95 and not 0.9500000000000028. */
  delta: number;
  fromYear: number;
  fromValue: number;
  direction: ChangeDirection;
}

function directionOf(delta: number, polarity: Polarity): ChangeDirection {
  if (delta === 0) return 'stable';
  if (polarity === 'neutral') return delta > 0 ? 'up' : 'down';
  return delta > 0 === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

/**
 * For every region with a value in `year`, the change since its previous year with a value (a gap year
 * is skipped, not read as zero). Regions without an earlier value get no entry.
 */
export function changesSincePrevious(
  observations: readonly Observation[],
  year: number,
  polarity: Polarity,
  decimals: number,
): Map<RegionCode, Change> {
  const current = new Map<RegionCode, number>();
  const previous = new Map<RegionCode, { year: number; value: number }>();
  for (const o of observations) {
    if (o.value === null) continue;
    if (o.year === year) current.set(o.region, o.value);
    else if (o.year < year) {
      const seen = previous.get(o.region);
      if (!seen || o.year > seen.year) previous.set(o.region, { year: o.year, value: o.value });
    }
  }
  const scale = 10 ** decimals;
  const changes = new Map<RegionCode, Change>();
  for (const [region, value] of current) {
    const before = previous.get(region);
    if (!before) continue;
    const delta = Math.round((value - before.value) * scale) / scale;
    changes.set(region, {
      delta,
      fromYear: before.year,
      fromValue: before.value,
      direction: directionOf(delta, polarity),
    });
  }
  return changes;
}
