import type { Rank } from './rank-regions';

/** 1 is the best quarter of the peers, 4 the bottom quarter. */
export type Quartile = 1 | 2 | 3 | 4;

/** Fewer peers than this and a quarter would be a single region, which says nothing. */
export const MIN_PEERS_FOR_QUARTILES = 4;

/**
 * The quarter a rank falls in, by its position among the ranked peers: rank 3 of 14 is in the top quarter
 * (3/14 ≤ 1/4), rank 14 of 14 in the bottom. Tied regions share a rank, so they share a quarter.
 */
export function quartileOfRank({ rank, of }: Rank): Quartile | undefined {
  if (of < MIN_PEERS_FOR_QUARTILES || rank < 1 || rank > of) return undefined;
  return Math.min(4, Math.max(1, Math.ceil((rank / of) * 4))) as Quartile;
}
