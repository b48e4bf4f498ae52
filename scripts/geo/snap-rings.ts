import { tidyRing } from './ring-geometry';

/**
 * Makes neighbouring polygons share their borders point for point, so that TopoJSON can see the
 * shared arcs. GADM's kecamatan (and whole regencies, e.g. Merauke) were often digitised without
 * regard to their neighbours: borders a few metres apart, crossing each other, or with vertices on
 * one side only. Works on an integer grid: vertices within `snap` of each other become one; a vertex
 * within `snap` of another ring's segment is inserted into that segment; crossing segments get the
 * crossing point inserted into both. What is left between two rings is then a closed sliver that
 * fillGaps can give to one side.
 */

export type GridPoint = [number, number];
/** A closed ring: first point equals last. */
export type GridRing = GridPoint[];

const CELL = 2048;
const cellKey = (cx: number, cy: number) => (cx + 40000) * 100000 + (cy + 40000);

function distanceSquared(a: GridPoint, b: GridPoint): number {
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

/** Replaces every vertex by the first vertex seen within `snap` of it (input order decides). */
export function snapVertices(rings: GridRing[], snap: number): GridRing[] {
  const cell = Math.max(1, snap);
  const grid = new Map<number, GridPoint[]>();
  const limit = snap * snap;
  const snapPoint = (p: GridPoint): GridPoint => {
    const cx = Math.floor(p[0] / cell);
    const cy = Math.floor(p[1] / cell);
    let best: GridPoint | null = null;
    let bestDistance = Infinity;
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const q of grid.get(cellKey(cx + i, cy + j)) ?? []) {
          const d = distanceSquared(p, q);
          if (d <= limit && d < bestDistance) {
            best = q;
            bestDistance = d;
          }
        }
      }
    }
    if (best) return best;
    const key = cellKey(cx, cy);
    const list = grid.get(key) ?? [];
    list.push(p);
    grid.set(key, list);
    return p;
  };
  return rings.map((ring) => ring.map(snapPoint));
}

interface Split {
  t: number;
  p: GridPoint;
}

/** Position of p along segment a→b (0 at a, 1 at b) and its squared distance from the segment. */
function project(p: GridPoint, a: GridPoint, b: GridPoint): { t: number; d2: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return { t: 0, d2: distanceSquared(p, a) };
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
  const along: GridPoint = [a[0] + t * dx, a[1] + t * dy];
  return { t, d2: distanceSquared(p, along) };
}

const orientation = (a: GridPoint, b: GridPoint, c: GridPoint) =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** The crossing of a→b and c→d when they properly cross (not at an end), rounded to the grid. */
function crossing(
  a: GridPoint,
  b: GridPoint,
  c: GridPoint,
  d: GridPoint,
): { t: number; u: number; p: GridPoint } | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0 || o1 === o2 || o3 === o4) return null;
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denominator = rx * sy - ry * sx;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / denominator;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / denominator;
  return { t, u, p: [Math.round(a[0] + t * rx), Math.round(a[1] + t * ry)] };
}

/**
 * Inserts into each segment the vertices of other segments lying within `snap` of it, and the
 * points where it crosses other segments (of any ring, so self-crossings are split too). Crossing
 * points are rounded to the grid, which can create new crossings, so it repeats a few times.
 */
export function nodeRings(input: GridRing[], snap: number, passes = 3): GridRing[] {
  let rings = input;
  for (let pass = 0; pass < passes; pass++) {
    const { rings: noded, splits } = nodeOnce(rings, snap);
    rings = noded;
    if (splits === 0) break;
  }
  return rings;
}

function nodeOnce(rings: GridRing[], snap: number): { rings: GridRing[]; splits: number } {
  const segmentRing: number[] = [];
  const segmentIndex: number[] = [];
  const range: number[] = [];
  const grid = new Map<number, number[]>();
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (!a || !b) continue;
      const id = segmentRing.length;
      segmentRing.push(r);
      segmentIndex.push(i);
      const x0 = Math.floor((Math.min(a[0], b[0]) - snap) / CELL);
      const x1 = Math.floor((Math.max(a[0], b[0]) + snap) / CELL);
      const y0 = Math.floor((Math.min(a[1], b[1]) - snap) / CELL);
      const y1 = Math.floor((Math.max(a[1], b[1]) + snap) / CELL);
      range.push(x0, y0, x1, y1);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const key = cellKey(cx, cy);
          const list = grid.get(key);
          if (list) list.push(id);
          else grid.set(key, [id]);
        }
      }
    }
  });

  const splits = new Map<number, Split[]>();
  let count = 0;
  const addSplit = (segment: number, split: Split) => {
    count++;
    const list = splits.get(segment);
    if (list) list.push(split);
    else splits.set(segment, [split]);
  };
  const endpoints = (id: number): [GridPoint, GridPoint] => {
    const ring = rings[segmentRing[id] ?? 0] ?? [];
    const i = segmentIndex[id] ?? 0;
    return [ring[i] ?? [0, 0], ring[i + 1] ?? [0, 0]];
  };
  const limit = snap * snap;
  const touches = (p: GridPoint, a: GridPoint, b: GridPoint, segment: number) => {
    if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1])) return;
    const { t, d2 } = project(p, a, b);
    if (t > 0 && t < 1 && d2 <= limit) addSplit(segment, { t, p });
  };

  for (const [key, cell] of grid) {
    for (let m = 0; m < cell.length; m++) {
      const s = cell[m] ?? 0;
      for (let n = m + 1; n < cell.length; n++) {
        const t = cell[n] ?? 0;
        // Each pair once: in the lowest cell both segments cover.
        const cx = Math.max(range[4 * s] ?? 0, range[4 * t] ?? 0);
        const cy = Math.max(range[4 * s + 1] ?? 0, range[4 * t + 1] ?? 0);
        if (cellKey(cx, cy) !== key) continue;
        const [a, b] = endpoints(s);
        const [c, d] = endpoints(t);
        touches(c, a, b, s);
        touches(d, a, b, s);
        touches(a, c, d, t);
        touches(b, c, d, t);
        const x = crossing(a, b, c, d);
        if (x) {
          addSplit(s, { t: x.t, p: x.p });
          addSplit(t, { t: x.u, p: x.p });
        }
      }
    }
  }

  let id = 0;
  const noded = rings.map((ring) => {
    const out: GridPoint[] = [];
    const push = (p: GridPoint) => {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    };
    for (let i = 0; i + 1 < ring.length; i++, id++) {
      const a = ring[i];
      if (a) push(a);
      const list = splits.get(id);
      if (list)
        for (const split of list.sort((x, y) => x.t - y.t || x.p[0] - y.p[0] || x.p[1] - y.p[1]))
          push(split.p);
    }
    const last = ring[ring.length - 1];
    if (last) push(last);
    return out;
  });
  return { rings: noded, splits: count };
}

/** Polygons as GeoJSON coordinates (lon/lat) of one unit. */
export type LonLatPolygons = number[][][][];

/**
 * Puts units on a grid of `gridSize` degrees, snaps vertices within `snap` units of each other,
 * and nodes all rings against each other. Returns each unit's polygons as grid rings; collapsed
 * polygons and holes are dropped.
 */
export function snapUnits(units: readonly LonLatPolygons[], gridSize: number, snap: number): GridRing[][][] {
  const toGrid = (p: number[]): GridPoint => [
    Math.round((p[0] ?? 0) / gridSize),
    Math.round((p[1] ?? 0) / gridSize),
  ];
  const rings: GridRing[] = [];
  for (const polygons of units)
    for (const polygon of polygons) for (const ring of polygon) rings.push(ring.map(toGrid));
  const tidied = snapVertices(rings, snap).map((ring) => tidyRing(ring) ?? []);
  const noded = nodeRings(tidied, snap);
  let next = 0;
  return units.map((polygons) =>
    polygons.flatMap((polygon) => {
      const [outer, ...holes] = polygon.map(() => noded[next++] ?? []);
      if (!outer || outer.length < 4) return [];
      return [[outer, ...holes.filter((hole) => hole.length >= 4)]];
    }),
  );
}
