import type { Position } from 'geojson';
import { bboxContains, pointInRing, polygonInteriorPoint, ringArea, ringBBox } from './ring-geometry';

const key = (p: Position) => `${p[0]},${p[1]}`;

/** Cuts a closed ring that passes through a point more than once into simple closed rings. */
export function splitRing(ring: readonly Position[]): Position[][] {
  const pieces: Position[][] = [];
  const path: Position[] = [];
  const at = new Map<string, number>();
  for (const p of ring.slice(0, -1)) {
    const seen = at.get(key(p));
    if (seen !== undefined) {
      const loop = path.splice(seen);
      for (const q of loop) at.delete(key(q));
      if (loop.length >= 3) pieces.push([...loop, p]);
    }
    at.set(key(p), path.length);
    path.push(p);
  }
  const first = path[0];
  if (path.length >= 3 && first) pieces.push([...path, first]);
  return pieces;
}

/**
 * Rebuilds a region's polygons from its rings by containment, whatever role the input gave them.
 * Dissolving regions whose borders touch at single points yields figure-eight rings, and an island
 * in a lake can come out as a hole inside a hole: fine for an even-odd fill, wrong for area sums and
 * for stricter GeoJSON readers. Rings are first cut at repeated points; then a ring inside an even
 * number of others is an outline, inside an odd number a hole of the smallest ring around it.
 */
export function assemblePolygons(polygons: readonly Position[][][]): Position[][][] {
  const rings = polygons.flat().flatMap(splitRing);
  const boxes = rings.map(ringBBox);
  const areas = rings.map(ringArea);
  const containers = rings.map((ring, i) => {
    const inside = polygonInteriorPoint([ring]);
    if (!inside) return [];
    return rings.flatMap((other, j) =>
      j !== i &&
      (areas[j] ?? 0) > (areas[i] ?? 0) &&
      bboxContains(boxes[j] ?? [0, 0, 0, 0], inside) &&
      pointInRing(inside, other)
        ? [j]
        : [],
    );
  });
  const outlines = new Map<number, Position[][]>();
  rings.forEach((ring, i) => {
    if ((containers[i]?.length ?? 0) % 2 === 0) outlines.set(i, [ring]);
  });
  rings.forEach((ring, i) => {
    const around = containers[i] ?? [];
    if (around.length % 2 === 0) return;
    // The innermost container is an outline: the one inside all the others.
    const parent = around.reduce(
      (best, j) => ((areas[j] ?? 0) < (areas[best] ?? 0) ? j : best),
      around[0] ?? -1,
    );
    outlines.get(parent)?.push(ring);
  });
  return [...outlines.values()];
}
