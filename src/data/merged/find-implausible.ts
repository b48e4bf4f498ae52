import type { Observation } from '../../domain/observation';

/** An imported value to look at twice before it is kept, beside the official one it is checked against. */
export interface ImplausibleValue {
  region: Observation['region'];
  year: number;
  imported: number;
  /** The official value for the same region and year, or null when only the region's history exists. */
  official: number | null;
  /** The region's official values over the years, when the check is against its history. */
  history: { min: number; max: number } | null;
  reason: 'far-from-official' | 'outside-history';
}

/** More than this share away from the official value for the same region-year is not a revision. */
export const FAR_FROM_OFFICIAL = 0.1;

/**
 * Imported values far from the official data: more than 10 % off the official value of the same region
 * and year (IPM 99,11 against 65,74), or, for a year without one, more than 10 % outside the range of the
 * region's official values over the years.
 */
export function findImplausible(
  imported: readonly Observation[],
  official: readonly Observation[],
): ImplausibleValue[] {
  const sameYear = new Map<string, number>();
  const history = new Map<string, { min: number; max: number }>();
  for (const o of official) {
    if (o.value === null) continue;
    sameYear.set(`${o.region}|${o.year}`, o.value);
    const h = history.get(o.region);
    history.set(
      o.region,
      h ? { min: Math.min(h.min, o.value), max: Math.max(h.max, o.value) } : { min: o.value, max: o.value },
    );
  }
  return imported.flatMap((o): ImplausibleValue[] => {
    if (o.value === null) return [];
    const base = { region: o.region, year: o.year, imported: o.value };
    const same = sameYear.get(`${o.region}|${o.year}`);
    if (same !== undefined) {
      const off = Math.abs(o.value - same) > FAR_FROM_OFFICIAL * Math.max(Math.abs(same), 1e-9);
      return off
        ? [{ ...base, official: same, history: history.get(o.region) ?? null, reason: 'far-from-official' }]
        : [];
    }
    const h = history.get(o.region);
    if (!h) return [];
    const margin = FAR_FROM_OFFICIAL * Math.max(Math.abs(h.min), Math.abs(h.max));
    const outside = o.value < h.min - margin || o.value > h.max + margin;
    return outside ? [{ ...base, official: null, history: h, reason: 'outside-history' }] : [];
  });
}
