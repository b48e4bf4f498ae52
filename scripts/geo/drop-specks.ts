import type { Position } from 'geojson';
import { ringArea } from './ring-geometry';
import { arcIndex, ringPositions, type ArcPolygon } from './topology-arcs';

export interface SpeckRule {
  /** Islands at least this large (deg²) are always kept. */
  keepArea: number;
  /** …and so are islands at least this share of their region's land, so island regions keep islands. */
  keepShare: number;
}

export interface SpeckReport {
  regions: Map<string, ArcPolygon[]>;
  dropped: number;
  droppedArea: number;
}

/**
 * Drops islands too small to see, judging each landmass as a whole (an island split between two
 * regencies is kept or dropped entirely, and a small piece of a region that touches other land is
 * never dropped, which would leave a hole). Each region keeps at least its largest piece.
 */
export function dropSpecks(
  regions: ReadonlyMap<string, ArcPolygon[]>,
  decoded: readonly Position[][],
  rule: SpeckRule,
): SpeckReport {
  const pieces = [...regions].flatMap(([code, polygons]) =>
    polygons.map((polygon) => ({ code, polygon, area: ringArea(ringPositions(decoded, polygon[0] ?? [])) })),
  );

  // Union-find over pieces that share an arc.
  const parent = pieces.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  const pieceByArc = new Map<number, number>();
  pieces.forEach((piece, i) => {
    for (const arc of piece.polygon.flat()) {
      const other = pieceByArc.get(arcIndex(arc));
      if (other === undefined) pieceByArc.set(arcIndex(arc), i);
      else parent[root(other)] = root(i);
    }
  });
  const landmassArea = new Map<number, number>();
  pieces.forEach((piece, i) => landmassArea.set(root(i), (landmassArea.get(root(i)) ?? 0) + piece.area));

  const regionArea = new Map<string, number>();
  const largest = new Map<string, number>();
  pieces.forEach((piece, i) => {
    regionArea.set(piece.code, (regionArea.get(piece.code) ?? 0) + piece.area);
    const best = largest.get(piece.code);
    if (best === undefined || piece.area > (pieces[best]?.area ?? 0)) largest.set(piece.code, i);
  });

  const kept = new Map<string, ArcPolygon[]>([...regions.keys()].map((code) => [code, []]));
  let dropped = 0;
  let droppedArea = 0;
  pieces.forEach((piece, i) => {
    const threshold = Math.min(rule.keepArea, rule.keepShare * (regionArea.get(piece.code) ?? 0));
    if (largest.get(piece.code) === i || (landmassArea.get(root(i)) ?? 0) >= threshold) {
      kept.get(piece.code)?.push(piece.polygon);
    } else {
      dropped++;
      droppedArea += piece.area;
    }
  });
  return { regions: kept, dropped, droppedArea };
}
