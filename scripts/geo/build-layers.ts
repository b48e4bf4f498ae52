import type { FeatureCollection, MultiPolygon as GeoMultiPolygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { AreaData } from './area-data';
import { assignKecamatan, waterRegencyIds, type KecamatanAssignment } from './assign-kecamatan';
import type { BuildParams } from './build-params';
import { describeCoverage, type Coverage } from './coverage-report';
import { dropSpecks } from './drop-specks';
import type { GadmData } from './gadm-data';
import { joinRegencies, mapProvinces } from './join-regencies';
import { KECAMATAN_ALIASES } from './kecamatan-aliases';
import { mergeRegions, type CodedGeometry } from './merge-regions';
import { buildMosaic } from './mosaic';
import { NEW_REGENCIES } from './new-regencies';
import { PROVINCE_ALIASES } from './province-aliases';
import { REGENCY_ALIASES } from './regency-aliases';
import { bboxContains, pointInPolygon, ringBBox } from './ring-geometry';
import { simplifyLayers, type RegionFeature } from './simplify-layers';
import { snapUnits } from './snap-rings';
import { decodeArcs, ringPositions } from './topology-arcs';

export interface BuildInputs {
  area: AreaData;
  gadm: GadmData;
  /** "name@version" of each input package, recorded in the coverage report. */
  sources: Record<string, string>;
}

export interface BuildOutput {
  regency: Topology;
  province: Topology;
  coverage: Coverage;
  /** Anything that would make the layers wrong; the CLI refuses to write output when non-empty. */
  problems: string[];
}

/** The whole build, from parsed inputs to the two layers, without touching the file system. */
export function buildLayers(inputs: BuildInputs, params: BuildParams): BuildOutput {
  const { area, gadm } = inputs;
  const problems: string[] = [];
  const kecamatanProps = gadm.kecamatan.features.map((f) => f.properties);
  const waterGid2 = waterRegencyIds(kecamatanProps);
  const landRegencies = gadm.regencies.features.filter((f) => !waterGid2.has(f.properties.GID_2));

  const provinceMap = mapProvinces(
    area.provinces,
    [...new Set(gadm.regencies.features.map((f) => f.properties.NAME_1))],
    PROVINCE_ALIASES,
  );
  problems.push(...provinceMap.problems);
  const join = joinRegencies(
    area.regencies,
    landRegencies.map((f) => f.properties),
    provinceMap.byCode,
    REGENCY_ALIASES,
  );
  problems.push(...join.problems);
  problems.push(
    ...checkNewRegencies(
      join.unjoined.map((r) => r.code),
      new Set(join.joins.map((j) => j.code)),
    ),
  );
  const regencyByGid2 = new Map(join.joins.map((j) => [j.gid2, j.code]));

  const assigned = assignKecamatan(
    kecamatanProps,
    regencyByGid2,
    area.districts,
    NEW_REGENCIES,
    KECAMATAN_ALIASES,
  );
  problems.push(...assigned.problems);

  const level2 = landRegencies.map((f) => ({
    code: regencyByGid2.get(f.properties.GID_2) ?? null,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
  const level2Boxes = level2.map((unit) => unit.polygons.map((polygon) => ringBBox(polygon[0] ?? [])));
  const regencyAt = (p: Position) => {
    const hit = level2.find((unit, i) =>
      unit.polygons.some(
        (polygon, j) => bboxContains(level2Boxes[i]?.[j] ?? [0, 0, 0, 0], p) && pointInPolygon(p, polygon),
      ),
    );
    return hit?.code ?? null;
  };

  // Every unit, water included, cut into one planar mosaic on a metre grid.
  const { gridSize, distance } = params.snap;
  const units = gadm.kecamatan.features.map((f, i) => ({
    code: assigned.assignments[i]?.code ?? null,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
  const gridPolygons = snapUnits(
    units.map((unit) => unit.polygons),
    gridSize,
    distance,
  );
  const mosaic = buildMosaic(
    units.map((unit, i) => ({ code: unit.code, polygons: gridPolygons[i] ?? [] })),
    {
      largeGapArea: params.largeGapArea / (gridSize * gridSize),
      regencyAt: (p) => regencyAt(p.map((v) => v * gridSize)),
    },
  );
  const faces = mosaic.faces.map((face) => ({
    type: 'Feature' as const,
    properties: { code: face.code },
    geometry: {
      type: 'Polygon' as const,
      coordinates: face.rings.map((ring) => ring.map(([x, y]) => [x * gridSize, y * gridSize])),
    },
  }));
  const faceTopology = topology({
    faces: { type: 'FeatureCollection', features: faces } as FeatureCollection,
  });
  const collection = faceTopology.objects.faces as GeometryCollection<{ code: string }>;
  const shapes = collection.geometries.flatMap((g): CodedGeometry[] =>
    (g.type === 'Polygon' || g.type === 'MultiPolygon') && g.properties
      ? [{ code: g.properties.code, geometry: g as Polygon | MultiPolygon }]
      : [],
  );
  const decoded = decodeArcs(faceTopology);
  const merged = mergeRegions(faceTopology, shapes);
  const specks = dropSpecks(merged, decoded, params.specks);

  const regencyFeatures = area.regencies.flatMap((r): RegionFeature[] => {
    const polygons = specks.regions.get(r.code) ?? [];
    if (polygons.length === 0) {
      problems.push(`regency ${r.code} ${r.name}: no polygon`);
      return [];
    }
    const coordinates = polygons.map((polygon) => polygon.map((ring) => ringPositions(decoded, ring)));
    const geometry: GeoMultiPolygon = { type: 'MultiPolygon', coordinates };
    return [{ type: 'Feature', properties: { code: r.code, name: r.name }, geometry }];
  });
  const provinceOf = new Map(area.regencies.map((r) => [r.code, r.provinceCode]));
  const layers = simplifyLayers(
    regencyFeatures,
    area.provinces,
    (code) => provinceOf.get(code) ?? '',
    params.simplify,
  );
  problems.push(...layers.problems);

  const coverage = describeCoverage({
    inputs,
    join,
    assignments: assigned.assignments as KecamatanAssignment[],
    waterGid2,
    mosaic,
    gridSize,
    specks,
    layers,
  });
  return { regency: layers.regency, province: layers.province, coverage, problems };
}

function checkNewRegencies(unjoined: string[], joined: Set<string>): string[] {
  const listed = new Set(NEW_REGENCIES.map((n) => n.code));
  return [
    ...unjoined
      .filter((code) => !listed.has(code))
      .map((code) => `regency ${code}: not in GADM by name or alias, and not in NEW_REGENCIES`),
    ...NEW_REGENCIES.filter((n) => !unjoined.includes(n.code)).map(
      (n) => `NEW_REGENCIES ${n.code}: joins GADM directly, remove it`,
    ),
    ...NEW_REGENCIES.filter((n) => !joined.has(n.parent)).map(
      (n) => `NEW_REGENCIES ${n.code}: parent ${n.parent} is not in GADM`,
    ),
  ];
}
