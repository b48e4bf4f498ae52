import { mergeArcs } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { ArcPolygon } from './topology-arcs';

export interface CodedGeometry {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** Dissolves the shapes of each code (plus any extra polygons) into one multipolygon per code. */
export function mergeRegions(
  topology: Topology,
  shapes: readonly CodedGeometry[],
  extras: ReadonlyMap<string, ArcPolygon[]> = new Map(),
): Map<string, ArcPolygon[]> {
  const byCode = new Map<string, MultiPolygon[]>();
  for (const shape of shapes) {
    const geometry: MultiPolygon =
      shape.geometry.type === 'Polygon'
        ? { type: 'MultiPolygon', arcs: [shape.geometry.arcs] }
        : shape.geometry;
    byCode.set(shape.code, [...(byCode.get(shape.code) ?? []), geometry]);
  }
  for (const [code, polygons] of extras) {
    byCode.set(code, [...(byCode.get(code) ?? []), { type: 'MultiPolygon', arcs: polygons }]);
  }
  const merged = new Map<string, ArcPolygon[]>();
  for (const code of [...byCode.keys()].sort()) {
    merged.set(code, mergeArcs(topology, byCode.get(code) ?? []).arcs);
  }
  return merged;
}
