import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Position } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Topology, Transform } from 'topojson-specification';
import { ringArea, tidyRing } from './ring-geometry';
import { assemblePolygons } from './assemble-polygons';
import { arcIndex, polygonsOf } from './topology-arcs';

export interface RegionProps {
  code: string;
  name: string;
}
export type RegionFeature = Feature<GeoMultiPolygon, RegionProps>;

export interface SimplifyParams {
  /** Visvalingam weight (deg²) for coasts and province borders, which the province layer shows too. */
  outerWeight: number;
  /** Weight for borders between regencies of one province. */
  innerWeight: number;
  /** A border of a small region keeps triangles down to this share of the region's area (cities). */
  detailShare: number;
  /** Grid size of the output (TopoJSON quantization). */
  quantization: number;
}

export interface Layers {
  regency: Topology;
  province: Topology;
  problems: string[];
}

type RegionTopology = Topology<{ regions: GeometryCollection<RegionProps> }>;

const regionsOf = (t: Topology) => {
  const object = t.objects.regions;
  if (object?.type !== 'GeometryCollection') throw new Error('topology without a "regions" collection');
  return object.geometries as (MultiPolygon<RegionProps> | { type: null; properties?: RegionProps })[];
};

/**
 * Simplifies the regency layer on its shared topology, so neighbours keep a common border, and
 * dissolves it into provinces on the simplified arcs, so province borders are regency borders.
 */
export function simplifyLayers(
  regencies: readonly RegionFeature[],
  provinces: readonly RegionProps[],
  provinceOf: (regencyCode: string) => string,
  params: SimplifyParams,
): Layers {
  const problems: string[] = [];
  const collection: FeatureCollection<GeoMultiPolygon, RegionProps> = {
    type: 'FeatureCollection',
    features: regencies.map((f) => ({
      ...f,
      geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((p) => p.map(startAtCorner)) },
    })),
  };
  const raw = topology({ regions: collection });

  const areaOf = new Map(
    regencies.map((f) => [
      f.properties.code,
      f.geometry.coordinates.reduce((sum, p) => sum + ringArea(p[0] ?? []), 0),
    ]),
  );
  const users = raw.arcs.map(() => new Set<string>());
  for (const geometry of regionsOf(raw)) {
    if (geometry.type === null || !geometry.properties) continue;
    for (const ring of polygonsOf(geometry).flat())
      for (const arc of ring) users[arcIndex(arc)]?.add(geometry.properties.code);
  }

  const weighted = presimplify(raw);
  weighted.arcs.forEach((arc, i) => {
    const codes = [...(users[i] ?? [])];
    const outer = codes.length < 2 || new Set(codes.map(provinceOf)).size > 1;
    const smallest = Math.min(...codes.map((code) => areaOf.get(code) ?? Infinity));
    const threshold = Math.min(
      outer ? params.outerWeight : params.innerWeight,
      params.detailShare * smallest,
    );
    // simplify() applies one weight to all arcs, so each arc's weights are scaled to its own threshold.
    const scale = params.outerWeight / threshold;
    for (const point of arc) point[2] = (point[2] ?? 0) * scale;
  });
  const simplified = quantize(simplify(weighted, params.outerWeight), params.quantization);
  const transform = simplified.transform;
  if (!transform) throw new Error('simplified layer is not quantized');
  const regencyFeatures = regionsOf(simplified).flatMap((geometry): RegionFeature[] => {
    if (geometry.type !== 'MultiPolygon' || !geometry.properties) return [];
    // Dissolving a region with itself removes strips of it that simplification squeezed to zero width.
    const coordinates = tidyPolygons(
      feature(simplified, mergeArcs(simplified, [geometry])).geometry.coordinates,
    );
    if (coordinates.length === 0)
      problems.push(`${geometry.properties.code}: every polygon collapsed in simplification`);
    return [
      { type: 'Feature', properties: geometry.properties, geometry: { type: 'MultiPolygon', coordinates } },
    ];
  });
  const regency = rebuild(regencyFeatures, transform);

  const byProvince = new Map<string, MultiPolygon[]>();
  for (const geometry of regionsOf(regency)) {
    if (geometry.type !== 'MultiPolygon' || !geometry.properties) continue;
    const code = provinceOf(geometry.properties.code);
    byProvince.set(code, [...(byProvince.get(code) ?? []), geometry]);
  }
  const provinceFeatures = provinces.map((p): RegionFeature => {
    const merged = mergeArcs(regency, byProvince.get(p.code) ?? []);
    if (merged.arcs.length === 0) problems.push(`province ${p.code} ${p.name}: no regency polygons`);
    const coordinates = tidyPolygons(feature(regency, merged).geometry.coordinates);
    return {
      type: 'Feature',
      properties: { code: p.code, name: p.name },
      geometry: { type: 'MultiPolygon', coordinates },
    };
  });
  return { regency, province: rebuild(provinceFeatures, transform), problems };
}

/**
 * Builds a layer's topology afresh from its features: arcs break only where its own regions meet,
 * and a border two regions draw separately along the same points becomes one shared arc. The
 * coordinates already lie on the grid of `transform`, so quantizing again moves nothing.
 */
function rebuild(features: RegionFeature[], transform: Transform): RegionTopology {
  const raw = topology({ regions: { type: 'FeatureCollection', features } as FeatureCollection });
  return quantize(raw, transform) as RegionTopology;
}

/**
 * Removes what simplification squeezed flat: out-and-back spikes (a strip of a region whose two
 * sides became one line) and rings left with no area. Small regions get finer weights (detailShare)
 * so that none loses its last polygon; the build reports it if one does.
 */
export function tidyPolygons(polygons: Position[][][]): Position[][][] {
  const valid = (ring: Position[] | null): ring is Position[] => ring !== null && ringArea(ring) > 0;
  const tidied = polygons.flatMap((polygon) => {
    const [outer, ...holes] = polygon.map((ring) => tidyRing(ring));
    return valid(outer ?? null) && outer ? [[outer, ...holes.filter(valid)]] : [];
  });
  return assemblePolygons(tidied);
}

/**
 * A ring that meets no other region becomes one arc whose first point simplification never moves.
 * Starting it at its south-west-most corner, a point any simplification keeps, stops an arbitrary
 * start (such as the tip of a narrow inlet) from being pinned.
 */
export function startAtCorner(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let best = 0;
  open.forEach((p, i) => {
    const q = open[best] ?? p;
    if ((p[0] ?? 0) < (q[0] ?? 0) || ((p[0] ?? 0) === (q[0] ?? 0) && (p[1] ?? 0) < (q[1] ?? 0))) best = i;
  });
  const rotated = [...open.slice(best), ...open.slice(0, best)];
  return rotated.length > 0 ? [...rotated, rotated[0] ?? []] : ring;
}
