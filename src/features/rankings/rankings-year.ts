/** Why the page shows the year it shows, so it can say so. */
export type YearBasis = 'chosen' | 'newest' | 'chosen-empty';

/**
 * The chosen year when it has values at this level; else the newest year that has (the map may prefer
 * the fullest year, but a ranking opened without a year answers "where do we stand now").
 * `years` is newest first.
 */
export function pickRankingsYear(
  chosen: number | null,
  years: readonly number[],
): { year: number | undefined; basis: YearBasis } {
  if (chosen !== null && years.includes(chosen)) return { year: chosen, basis: 'chosen' };
  return { year: years[0], basis: chosen === null ? 'newest' : 'chosen-empty' };
}
