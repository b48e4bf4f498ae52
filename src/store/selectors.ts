import type { Indicator } from '../domain/indicator';
import type { Observation } from '../domain/observation';

export const PREFERRED_INDICATOR = 'ipm';

/** The indicator to show: the chosen one if it exists, else IPM, else the first in the catalogue. */
export function effectiveIndicator(
  chosen: string | null,
  indicators: readonly Indicator[],
): Indicator | undefined {
  return (
    indicators.find((i) => i.id === chosen) ??
    indicators.find((i) => i.id === PREFERRED_INDICATOR) ??
    indicators[0]
  );
}

/** Years that have at least one value, newest first. */
export function yearsWithData(observations: readonly Observation[]): number[] {
  const years = new Set<number>();
  for (const o of observations) if (o.value !== null) years.add(o.year);
  return [...years].sort((a, b) => b - a);
}

/**
 * The chosen year if it has data, else the year with the most values (the newest of equals): for a
 * sparse indicator such as SPBE, the newest year may hold a single region.
 */
export function effectiveYear(
  chosen: number | null,
  observations: readonly Observation[],
): number | undefined {
  const counts = new Map<number, number>();
  for (const o of observations) if (o.value !== null) counts.set(o.year, (counts.get(o.year) ?? 0) + 1);
  if (chosen !== null && counts.has(chosen)) return chosen;
  let best: number | undefined;
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? -1 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && year > best!)) best = year;
  }
  return best;
}
