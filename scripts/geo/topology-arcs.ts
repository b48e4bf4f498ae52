import type { Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

/** Arc indexes of one polygon: its outer ring first, then holes (TopoJSON's layout). */
export type ArcPolygon = number[][];

export const arcIndex = (arc: number) => (arc < 0 ? ~arc : arc);

/** Every arc as absolute lon/lat positions, undoing quantization and delta encoding. */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0]);
    let qx = 0;
    let qy = 0;
    return arc.map((p) => {
      qx += p[0] ?? 0;
      qy += p[1] ?? 0;
      return [qx * t.scale[0] + t.translate[0], qy * t.scale[1] + t.translate[1]];
    });
  });
}

/** The closed ring an arc-index list describes (a negative index runs the arc backwards). */
export function ringPositions(decoded: readonly Position[][], ring: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const arc of ring) {
    const points = decoded[arcIndex(arc)] ?? [];
    const ordered = arc < 0 ? [...points].reverse() : points;
    ordered.forEach((p, i) => {
      if (i > 0 || out.length === 0) out.push(p);
    });
  }
  return out;
}

export function polygonsOf(geometry: GeometryObject): ArcPolygon[] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

/** The same ring walked the other way round: a hole of one shape as the outline of its filling. */
