import type { RegionCode } from '../../region';

export interface SimilarRegion {
  code: RegionCode;
  /** Euclidean distance between z-scores: 0 is identical, about 1 is one standard deviation apart. */
  distance: number;
  /** The values used, one per indicator, in the order asked. */
  values: number[];
  zScores: number[];
}

export type SimilarityResult =
  | {
      status: 'ok';
      /** How many regions had a value for every indicator (the pool the z-scores come from). */
      pool: number;
      target: SimilarRegion;
      neighbours: SimilarRegion[];
    }
  /** The target lacks a value for these indicators (their positions in the list asked). */
  | { status: 'target-missing'; missing: number[] }
  | { status: 'too-few'; pool: number };

/**
 * Nearest neighbours by standardised Euclidean distance: each indicator becomes a z-score over the
 * regions that have a value for all of them, so population (millions) and a rate (percent) weigh the
 * same. Regions missing any indicator are left out rather than guessed. An indicator that does not vary
 * in the pool adds nothing.
 */
export function findSimilarRegions(
  target: RegionCode,
  valuesByIndicator: readonly ReadonlyMap<RegionCode, number>[],
  candidates: readonly RegionCode[],
  limit = 5,
): SimilarityResult {
  const missing = valuesByIndicator.flatMap((values, i) => (values.has(target) ? [] : [i]));
  if (missing.length > 0 || valuesByIndicator.length === 0) return { status: 'target-missing', missing };

  const pool = [...new Set([target, ...candidates])].filter((code) =>
    valuesByIndicator.every((values) => values.has(code)),
  );
  if (pool.length < 2) return { status: 'too-few', pool: pool.length };

  const scales = valuesByIndicator.map((values) => {
    const xs = pool.map((code) => values.get(code)!);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    return { mean, sd };
  });
  const describe = (code: RegionCode) => {
    const values = valuesByIndicator.map((v) => v.get(code)!);
    const zScores = values.map((x, i) => (scales[i]!.sd === 0 ? 0 : (x - scales[i]!.mean) / scales[i]!.sd));
    return { code, values, zScores };
  };
  const self = describe(target);
  const neighbours = pool
    .filter((code) => code !== target)
    .map((code) => {
      const other = describe(code);
      const distance = Math.sqrt(other.zScores.reduce((s, z, i) => s + (z - self.zScores[i]!) ** 2, 0));
      return { ...other, distance };
    })
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, limit);
  return { status: 'ok', pool: pool.length, target: { ...self, distance: 0 }, neighbours };
}
