import type { GridPoint, GridRing } from './snap-rings';

/**
 * The faces of the planar map drawn by a set of noded rings: every area enclosed by their edges,
 * whatever ring the edges came from. Where two GADM polygons overlap, the overlap is a face of its
 * own; where they leave a gap, so is the gap. Each face can then be given to exactly one region.
 */
export interface Face {
  /** Outer ring, counter-clockwise, then the outlines of any islands of edges inside it. */
  rings: GridRing[];
  area: number;
}

export interface PlanarFaces {
  faces: Face[];
  /** For each face, the length of border it shares with each neighbouring face. */
  neighbours: Map<number, number>[];
}

const pointKey = (p: GridPoint) => p[0] * 4194304 + (p[1] + 2097152);

function signedArea(ring: GridRing): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) twice += a[0] * b[1] - b[0] * a[1];
  }
  return twice / 2;
}

function inRing(p: GridPoint, ring: GridRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (
      a &&
      b &&
      a[1] > p[1] !== b[1] > p[1] &&
      p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
    ) {
      inside = !inside;
    }
  }
  return inside;
}

export function buildFaces(rings: readonly GridRing[]): PlanarFaces {
  // Vertices and undirected edges; edge e has half-edges 2e (u→v) and 2e+1 (v→u).
  const vertexId = new Map<number, number>();
  const vertices: GridPoint[] = [];
  const vertex = (p: GridPoint) => {
    const key = pointKey(p);
    let id = vertexId.get(key);
    if (id === undefined) {
      id = vertices.length;
      vertexId.set(key, id);
      vertices.push(p);
    }
    return id;
  };
  const edgeId = new Map<number, number>();
  const from: number[] = [];
  const to: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (!a || !b) continue;
      const u = vertex(a);
      const v = vertex(b);
      if (u === v) continue;
      const key = Math.min(u, v) * 8388608 + Math.max(u, v);
      if (edgeId.has(key)) continue;
      edgeId.set(key, from.length);
      from.push(u);
      to.push(v);
    }
  }
  const origin = (h: number) => ((h & 1) === 0 ? from[h >> 1] : to[h >> 1]) ?? 0;
  const target = (h: number) => origin(h ^ 1);

  // Dangling edges bound no area; peel them off so every face is a proper ring.
  const alive = new Array<boolean>(from.length).fill(true);
  const incident: number[][] = vertices.map(() => []);
  from.forEach((u, e) => {
    incident[u]?.push(e);
    incident[to[e] ?? 0]?.push(e);
  });
  const degree = incident.map((list) => list.length);
  const queue = degree.flatMap((d, v) => (d === 1 ? [v] : []));
  while (queue.length > 0) {
    const v = queue.pop() ?? 0;
    for (const e of incident[v] ?? []) {
      if (!alive[e]) continue;
      alive[e] = false;
      for (const w of [from[e] ?? 0, to[e] ?? 0]) {
        degree[w] = (degree[w] ?? 0) - 1;
        if (degree[w] === 1) queue.push(w);
      }
    }
  }

  // Outgoing half-edges around each vertex, counter-clockwise.
  const outgoing: number[][] = vertices.map(() => []);
  alive.forEach((ok, e) => {
    if (!ok) return;
    outgoing[from[e] ?? 0]?.push(2 * e);
    outgoing[to[e] ?? 0]?.push(2 * e + 1);
  });
  const angle = (h: number) => {
    const a = vertices[origin(h)] ?? [0, 0];
    const b = vertices[target(h)] ?? [0, 0];
    return Math.atan2(b[1] - a[1], b[0] - a[0]);
  };
  const position = new Map<number, number>();
  for (const list of outgoing) {
    list.sort((x, y) => angle(x) - angle(y));
    list.forEach((h, i) => position.set(h, i));
  }
  // Keeping the face on the left: at the end of h, take the edge just clockwise of the way back.
  const next = (h: number) => {
    const list = outgoing[target(h)] ?? [];
    const i = position.get(h ^ 1) ?? 0;
    return list[(i - 1 + list.length) % list.length] ?? h ^ 1;
  };

  const cycleOf = new Map<number, number>();
  const cycles: { halfEdges: number[]; ring: GridRing; area: number }[] = [];
  alive.forEach((ok, e) => {
    if (!ok) return;
    for (const start of [2 * e, 2 * e + 1]) {
      if (cycleOf.has(start)) continue;
      const halfEdges: number[] = [];
      let h = start;
      do {
        cycleOf.set(h, cycles.length);
        halfEdges.push(h);
        h = next(h);
      } while (h !== start && !cycleOf.has(h));
      const ring: GridRing = halfEdges.map((x): GridPoint => vertices[origin(x)] ?? [0, 0]);
      ring.push(ring[0] ?? [0, 0]);
      cycles.push({ halfEdges, ring, area: signedArea(ring) });
    }
  });

  // Counter-clockwise cycles bound faces; clockwise ones are the outlines of connected pieces,
  // which sit either in the sea or inside a face of another piece (an island in a lake).
  const faceOfCycle = new Map<number, number>();
  const faces: Face[] = [];
  cycles.forEach((cycle, c) => {
    if (cycle.area > 0) {
      faceOfCycle.set(c, faces.length);
      faces.push({ rings: [cycle.ring], area: cycle.area });
    }
  });
  const FACE_CELL = 65536;
  const faceGrid = new Map<number, number[]>();
  const faceBox = faces.map((face, f) => {
    const ring = face.rings[0] ?? [];
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of ring) {
      box[0] = Math.min(box[0] ?? 0, p[0]);
      box[1] = Math.min(box[1] ?? 0, p[1]);
      box[2] = Math.max(box[2] ?? 0, p[0]);
      box[3] = Math.max(box[3] ?? 0, p[1]);
    }
    for (let cx = Math.floor((box[0] ?? 0) / FACE_CELL); cx <= Math.floor((box[2] ?? 0) / FACE_CELL); cx++) {
      for (
        let cy = Math.floor((box[1] ?? 0) / FACE_CELL);
        cy <= Math.floor((box[3] ?? 0) / FACE_CELL);
        cy++
      ) {
        const key = cx * 100000 + cy;
        const list = faceGrid.get(key);
        if (list) list.push(f);
        else faceGrid.set(key, [f]);
      }
    }
    return box;
  });
  cycles.forEach((cycle, c) => {
    if (cycle.area > 0) return;
    const p = cycle.ring.reduce((best, q) =>
      q[0] < best[0] || (q[0] === best[0] && q[1] < best[1]) ? q : best,
    );
    let container = -1;
    for (const f of faceGrid.get(Math.floor(p[0] / FACE_CELL) * 100000 + Math.floor(p[1] / FACE_CELL)) ??
      []) {
      const box = faceBox[f] ?? [];
      const face = faces[f];
      if (
        !face ||
        p[0] <= (box[0] ?? 0) ||
        p[0] >= (box[2] ?? 0) ||
        p[1] <= (box[1] ?? 0) ||
        p[1] >= (box[3] ?? 0)
      )
        continue;
      if (
        face.area >= Math.abs(cycle.area) &&
        inRing(p, face.rings[0] ?? []) &&
        (container < 0 || face.area < (faces[container]?.area ?? 0))
      ) {
        container = f;
      }
    }
    if (container >= 0) {
      faceOfCycle.set(c, container);
      faces[container]?.rings.push(cycle.ring);
    }
  });
  // Areas net of holes.
  for (const face of faces)
    face.area = face.rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedArea(ring)), 0);

  const neighbours = faces.map(() => new Map<number, number>());
  cycles.forEach((cycle, c) => {
    const f = faceOfCycle.get(c);
    if (f === undefined) return;
    for (const h of cycle.halfEdges) {
      const g = faceOfCycle.get(cycleOf.get(h ^ 1) ?? -1);
      if (g === undefined || g === f) continue;
      const a = vertices[origin(h)] ?? [0, 0];
      const b = vertices[target(h)] ?? [0, 0];
      const map = neighbours[f];
      map?.set(g, (map.get(g) ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1]));
    }
  });
  return { faces, neighbours };
}
