import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionCode } from '../../domain/region';

export interface BoundaryProperties {
  code: RegionCode;
  name?: string;
}

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties>;

/** The `regions` object of a Data API v1 boundary file as GeoJSON features with a polygon. */
export function toBoundaryFeatures(topology: Topology): BoundaryFeature[] {
  const collection = feature(
    topology,
    topology.objects.regions as GeometryCollection<BoundaryProperties>,
  ) as FeatureCollection<Polygon | MultiPolygon | null, BoundaryProperties>;
  return collection.features.filter(
    (f): f is BoundaryFeature =>
      f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
}
