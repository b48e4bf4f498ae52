import { bandSetForYear, type Indicator } from '../../indicator';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';

export type Movement = 'up' | 'down' | 'flat';
/** improving / worsening by the indicator's polarity; neutral indicators only move. */
export type Verdict = 'improving' | 'worsening' | 'stable' | 'neutral';

export interface Change {
  from: { year: number; value: number };
  to: { year: number; value: number };
  delta: number;
  movement: Movement;
  verdict: Verdict;
  /** Why the two values should not be compared, if they should not: another method or another boundary. */
  incomparable?: 'method' | 'boundary';
}

type Valued = Observation & { value: number };

/** The values of one region that have a number, oldest first. */
export function seriesOf(observations: readonly Observation[], region: RegionCode): Valued[] {
  return observations
    .filter((o): o is Valued => o.region === region && o.value !== null)
    .sort((a, b) => a.year - b.year);
}

/** Up, down or flat at the precision the indicator is published with (65.74 − 64.79 is +0.95, not +0.9499…). */
export function movementOf(delta: number, decimals: number): Movement {
  const rounded = Math.round(delta * 10 ** decimals);
  if (rounded === 0) return 'flat';
  return rounded > 0 ? 'up' : 'down';
}

export function verdictOf(movement: Movement, polarity: Indicator['polarity']): Verdict {
  if (polarity === 'neutral') return 'neutral';
  if (movement === 'flat') return 'stable';
  const good = polarity === 'higher-is-better' ? 'up' : 'down';
  return movement === good ? 'improving' : 'worsening';
}

/**
 * The change from the previous year with data to the newest, or undefined with fewer than two values.
 * The years need not be consecutive; both are returned so the page can name them.
 */
export function changeSince(
  observations: readonly Observation[],
  region: RegionCode,
  indicator: Pick<Indicator, 'polarity' | 'decimals' | 'bandSets'>,
): Change | undefined {
  const series = seriesOf(observations, region);
  const to = series.at(-1);
  const from = series.at(-2);
  if (!to || !from) return undefined;
  const delta = to.value - from.value;
  const movement = movementOf(delta, indicator.decimals);
  const change: Change = {
    from: { year: from.year, value: from.value },
    to: { year: to.year, value: to.value },
    delta,
    movement,
    verdict: verdictOf(movement, indicator.polarity),
  };
  const methodOf = (year: number) =>
    indicator.bandSets?.length ? bandSetForYear(indicator as Indicator, year) : undefined;
  if (methodOf(from.year) !== methodOf(to.year)) change.incomparable = 'method';
  else if (from.flags?.includes('old-boundary') !== to.flags?.includes('old-boundary'))
    change.incomparable = 'boundary';
  return change;
}
