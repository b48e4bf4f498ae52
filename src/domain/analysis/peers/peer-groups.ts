import type { Region } from '../../region';

export const PEER_GROUPS = ['province', 'kind', 'province-kind'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

/**
 * The region's peers at its own level: the same province, the same kind (kabupaten or kota), or both.
 * The region itself is not among them.
 */
export function peersOf(region: Region, regions: readonly Region[], group: PeerGroup): Region[] {
  return regions.filter(
    (other) =>
      other.code !== region.code &&
      other.level === region.level &&
      (group === 'kind' || other.parent === region.parent) &&
      (group === 'province' || other.kind === region.kind),
  );
}
