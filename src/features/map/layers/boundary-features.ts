import type { Position } from 'geojson';
import polylabel from 'polylabel';
import type { BoundaryFeature } from '../../../lib/geo/boundary-features';
import type { RegionCode } from '../../../domain/region';

export {
  toBoundaryFeatures,
  type BoundaryFeature,
  type BoundaryProperties,
} from '../../../lib/geo/boundary-features';

function ringArea(ring: readonly Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += (ring[j]![0]! + ring[i]![0]!) * (ring[j]![1]! - ring[i]![1]!);
  }
  return Math.abs(area / 2);
}

/**
 * A point well inside the region's largest piece of land, as [lat, lng]: where a tooltip or a
 * "zoom to" should aim. The centre of the bounding box can fall in the sea for island regencies.
 */
export function labelPoint(boundary: BoundaryFeature): [number, number] {
  const polygons =
    boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates;
  const largest = polygons.reduce((best, polygon) =>
    ringArea(polygon[0]!) > ringArea(best[0]!) ? polygon : best,
  );
  const [lng, lat] = polylabel(largest as number[][][], 0.001);
  return [lat, lng];
}

/** Codes at a level that the boundary file has no polygon for. */
export function codesWithoutBoundary(
  codes: readonly RegionCode[],
  features: readonly BoundaryFeature[],
): RegionCode[] {
  const drawn = new Set(features.map((f) => f.properties.code));
  return codes.filter((code) => !drawn.has(code));
}
