import type { Position } from 'geojson';

/** Planar geometry on lon/lat degrees: good enough for thresholds this close to the equator. */

export type Ring = readonly Position[];
export type BBox = [number, number, number, number];

const x = (p: Position) => p[0] ?? 0;
const y = (p: Position) => p[1] ?? 0;

/** Absolute area in square degrees (1e-4 deg² ≈ 1.2 km² at the equator). */
export function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) twice += x(a) * y(b) - x(b) * y(a);
  }
  return Math.abs(twice) / 2;
}

export function ringBBox(ring: Ring): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ring) {
    box[0] = Math.min(box[0], x(p));
    box[1] = Math.min(box[1], y(p));
    box[2] = Math.max(box[2], x(p));
    box[3] = Math.max(box[3], y(p));
  }
  return box;
}

export const bboxContains = (box: BBox, p: Position) =>
  x(p) >= box[0] && x(p) <= box[2] && y(p) >= box[1] && y(p) <= box[3];

export function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (y(a) > y(p) !== y(b) > y(p) && x(p) < ((x(b) - x(a)) * (y(p) - y(a))) / (y(b) - y(a)) + x(a)) {
      inside = !inside;
    }
  }
  return inside;
}

/** Inside the outer ring and outside its holes. */
export const pointInPolygon = (p: Position, polygon: readonly Ring[]) =>
  polygon.length > 0 &&
  pointInRing(p, polygon[0] ?? []) &&
  !polygon.slice(1).some((hole) => pointInRing(p, hole));

/** Area-weighted centroid of a ring (may fall outside a concave ring). */
export function ringCentroid(ring: Ring): Position {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (!a || !b) continue;
    const cross = x(a) * y(b) - x(b) * y(a);
    twice += cross;
    cx += (x(a) + x(b)) * cross;
    cy += (y(a) + y(b)) * cross;
  }
  if (twice === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * twice), cy / (3 * twice)];
}

/**
 * A point certainly inside a polygon with holes (unlike the centroid of a crescent): the middle of the
 * widest inside stretch of a horizontal scan line. The line runs halfway between the two vertex rows
 * nearest the middle of the bounding box, so it never passes through a vertex.
 */
export function polygonInteriorPoint(rings: readonly Ring[]): Position | null {
  const outer = rings[0];
  if (!outer) return null;
  const box = ringBBox(outer);
  const middle = (box[1] + box[3]) / 2;
  let below = -Infinity;
  let above = Infinity;
  for (const ring of rings) {
    for (const p of ring) {
      if (y(p) <= middle) below = Math.max(below, y(p));
      else above = Math.min(above, y(p));
    }
  }
  if (!Number.isFinite(below) || !Number.isFinite(above)) return null;
  const scanY = (below + above) / 2;
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a && b && y(a) > scanY !== y(b) > scanY)
        crossings.push(((x(b) - x(a)) * (scanY - y(a))) / (y(b) - y(a)) + x(a));
    }
  }
  crossings.sort((m, n) => m - n);
  let best: Position | null = null;
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const left = crossings[i] ?? 0;
    const right = crossings[i + 1] ?? 0;
    if (right - left > widest) {
      widest = right - left;
      best = [(left + right) / 2, scanY];
    }
  }
  return best;
}

/**
 * Drops repeated points and out-and-back spikes (a, b, a) from a closed ring; null if fewer than
 * three corners remain.
 */
export function tidyRing<T extends readonly number[]>(ring: readonly T[]): T[] | null {
  const same = (a: T | undefined, b: T | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
  const open: T[] = [];
  for (const p of ring.slice(0, -1)) {
    if (same(open[open.length - 1], p)) continue;
    open.push(p);
    while (open.length >= 3 && same(open[open.length - 3], open[open.length - 1]))
      open.splice(open.length - 2, 2);
  }
  // The same where the ring closes.
  for (let changed = true; changed && open.length >= 3;) {
    changed = false;
    if (same(open[0], open[open.length - 1])) {
      open.pop();
      changed = true;
    } else if (same(open[1], open[open.length - 1])) {
      open.shift();
      open.pop();
      changed = true;
    } else if (same(open[0], open[open.length - 2])) {
      open.pop();
      open.pop();
      changed = true;
    }
  }
  const first = open[0];
  return open.length >= 3 && first ? [...open, first] : null;
}
