// topojson-server and topojson-simplify ship no types; these cover the calls scripts/geo makes.
declare module 'topojson-server' {
  import type { GeoJsonObject } from 'geojson';
  import type { Objects, Topology } from 'topojson-specification';
  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology<Objects>;
}

declare module 'topojson-simplify' {
  import type { Objects, Topology } from 'topojson-specification';
  /** Returns the topology without its transform; each arc point gets its weight as a third value. */
  export function presimplify(
    topology: Topology<Objects>,
    weight?: (triangle: number[][]) => number,
  ): Topology<Objects>;
  export function simplify(topology: Topology<Objects>, minWeight?: number): Topology<Objects>;
}
