import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { KecamatanAssignment } from './assign-kecamatan';
import type { BuildInputs } from './build-layers';
import type { SpeckReport } from './drop-specks';
import { kecamatanPath } from './gadm-data';
import { codesAgree, type RegencyJoinResult } from './join-regencies';
import { KECAMATAN_ALIASES } from './kecamatan-aliases';
import type { MosaicReport } from './mosaic';
import { NEW_REGENCIES } from './new-regencies';
import { normaliseName } from './normalise-name';
import { REGENCY_ALIASES } from './regency-aliases';

export interface LayerCoverage {
  expected: number;
  withPolygon: number;
  missing: string[];
  unknownCodes: string[];
}

export interface Coverage {
  sources: Record<string, string>;
  regencies: LayerCoverage & { byName: number; byAlias: number; byDissolve: number };
  provinces: LayerCoverage;
  aliases: { code: string; name: string; gadmName: string; why: string }[];
  dissolved: {
    code: string;
    name: string;
    parent: string;
    year: number;
    gadmKecamatan: number;
    districts: number;
    /** Districts with no GADM kecamatan of their own: split off later from one that was matched. */
    districtsNewerThanGadm: string[];
  }[];
  kecamatan: {
    gadm: number;
    keptWithParent: number;
    movedByName: number;
    movedByAlias: number;
    water: number;
  };
  kecamatanAliases: { gadm: string; to: string; why: string }[];
  gadmCodes: {
    nameJoins: number;
    nameJoinsWithKemendagriCode: number;
    naiveCodeJoin: { matched: number; wrongRegion: number };
  };
  droppedGadmWater: string[];
  unusedGadm: string[];
  /** How the mosaic resolved GADM's untidy borders. */
  mosaic: {
    overlaps: number;
    overlapAreaKm2: number;
    slivers: number;
    sliverAreaKm2: number;
    missingLand: { code: string; areaKm2: number; at: Position }[];
    lakes: number;
    unexplained: { areaKm2: number; at: Position }[];
  };
  specks: { dropped: number; droppedAreaKm2: number };
}

/** Square degrees to km² at the equator; the report only needs orders of magnitude. */
const KM2_PER_DEG2 = 111.32 * 111.32;
const km2 = (deg2: number) => Math.round(deg2 * KM2_PER_DEG2 * 10) / 10;
const roundPoint = (p: Position) => p.map((v) => Math.round(v * 1000) / 1000);

function layerCoverage(expected: string[], layer: Topology): LayerCoverage {
  const object = layer.objects.regions;
  const codes =
    object?.type === 'GeometryCollection'
      ? object.geometries.map((g) => String((g.properties as { code?: string } | undefined)?.code))
      : [];
  const have = new Set(codes);
  const known = new Set(expected);
  return {
    expected: expected.length,
    withPolygon: expected.filter((code) => have.has(code)).length,
    missing: expected.filter((code) => !have.has(code)),
    unknownCodes: codes.filter((code) => !known.has(code)),
  };
}

export function describeCoverage(args: {
  inputs: BuildInputs;
  join: RegencyJoinResult;
  assignments: KecamatanAssignment[];
  waterGid2: Set<string>;
  mosaic: MosaicReport;
  /** Degrees per mosaic grid unit. */
  gridSize: number;
  specks: SpeckReport;
  layers: { regency: Topology; province: Topology };
}): Coverage {
  const { inputs, join, assignments, waterGid2, mosaic, gridSize, specks, layers } = args;
  const gridKm2 = (units: number) => km2(units * gridSize * gridSize);
  const gridPoint = (p: Position) => roundPoint(p.map((v) => v * gridSize));
  const { area, gadm } = inputs;
  const nameOf = new Map(area.regencies.map((r) => [r.code, r.name]));
  const kecamatan = gadm.kecamatan.features.map((f) => f.properties);
  const count = (method: KecamatanAssignment['method']) =>
    assignments.filter((a) => a.method === method).length;

  const dissolved = NEW_REGENCIES.map((n) => {
    const units = kecamatan.filter((_, i) => assignments[i]?.code === n.code);
    const unitKeys = new Set(units.map((k) => normaliseName(k.NAME_3)));
    const aliasDistricts = new Set(KECAMATAN_ALIASES.map((a) => a.to));
    const districts = area.districts.filter((d) => d.regencyCode === n.code);
    return {
      code: n.code,
      name: nameOf.get(n.code) ?? '',
      parent: n.parent,
      year: n.year,
      gadmKecamatan: units.length,
      districts: districts.length,
      districtsNewerThanGadm: districts
        .filter((d) => !unitKeys.has(normaliseName(d.name)) && !aliasDistricts.has(d.code))
        .map((d) => d.name),
    };
  });

  const joinedGid2 = new Map(join.joins.map((j) => [j.gid2, j.code]));
  const gadmByCode = new Map(gadm.regencies.features.map((f) => [f.properties.CC_2, f.properties.GID_2]));
  const naive = area.regencies
    .map((r) => gadmByCode.get(r.code.replace('.', '')))
    .filter((gid2) => gid2 !== undefined);
  const naiveWrong = area.regencies.filter((r) => {
    const gid2 = gadmByCode.get(r.code.replace('.', ''));
    return gid2 !== undefined && joinedGid2.get(gid2) !== r.code;
  });
  const nameJoins = join.joins.filter((j) => j.method === 'name');

  return {
    sources: inputs.sources,
    regencies: {
      ...layerCoverage(
        area.regencies.map((r) => r.code),
        layers.regency,
      ),
      byName: nameJoins.length,
      byAlias: join.joins.filter((j) => j.method === 'alias').length,
      byDissolve: NEW_REGENCIES.length,
    },
    provinces: layerCoverage(
      area.provinces.map((p) => p.code),
      layers.province,
    ),
    aliases: REGENCY_ALIASES.map((a) => ({
      code: a.code,
      name: nameOf.get(a.code) ?? '',
      gadmName: a.gadmName,
      why: a.why,
    })),
    dissolved,
    kecamatan: {
      gadm: kecamatan.length,
      keptWithParent: count('parent'),
      movedByName: count('district-name'),
      movedByAlias: count('alias'),
      water: count('water'),
    },
    kecamatanAliases: KECAMATAN_ALIASES.map((a) => ({ ...a })),
    gadmCodes: {
      nameJoins: nameJoins.length,
      nameJoinsWithKemendagriCode: nameJoins.filter((j) => codesAgree(j.code, j.gadmCode)).length,
      naiveCodeJoin: { matched: naive.length, wrongRegion: naiveWrong.length },
    },
    droppedGadmWater: gadm.regencies.features
      .filter((f) => waterGid2.has(f.properties.GID_2))
      .map((f) => `${f.properties.NAME_1}/${f.properties.NAME_2}`)
      .concat(
        kecamatan
          .filter((k, i) => assignments[i]?.method === 'water' && !waterGid2.has(k.GID_2))
          .map(kecamatanPath),
      ),
    unusedGadm: join.unusedGadm.map((g) => `${g.NAME_1}/${g.NAME_2}`),
    mosaic: {
      overlaps: mosaic.overlaps.count,
      overlapAreaKm2: gridKm2(mosaic.overlaps.area),
      slivers: mosaic.slivers.count,
      sliverAreaKm2: gridKm2(mosaic.slivers.area),
      missingLand: mosaic.missingLand.map((m) => ({
        code: m.code,
        areaKm2: gridKm2(m.area),
        at: gridPoint(m.at),
      })),
      lakes: mosaic.lakes,
      unexplained: mosaic.unexplained.map((u) => ({ areaKm2: gridKm2(u.area), at: gridPoint(u.at) })),
    },
    specks: { dropped: specks.dropped, droppedAreaKm2: km2(specks.droppedArea) },
  };
}

/** The console summary of a coverage report. */
export function formatCoverage(c: Coverage): string[] {
  const r = c.regencies;
  return [
    `regencies/cities: ${r.withPolygon}/${r.expected} with a polygon — ${r.byName} by name, ${r.byAlias} by alias, ${r.byDissolve} dissolved from kecamatan`,
    `provinces: ${c.provinces.withPolygon}/${c.provinces.expected} (dissolved from the regency layer)`,
    ...(r.missing.length ? [`MISSING regencies: ${r.missing.join(', ')}`] : []),
    ...(c.provinces.missing.length ? [`MISSING provinces: ${c.provinces.missing.join(', ')}`] : []),
    `kecamatan: ${c.kecamatan.gadm} in GADM — ${c.kecamatan.keptWithParent} kept with their regency, ${c.kecamatan.movedByName} moved to a new regency by name, ${c.kecamatan.movedByAlias} by alias, ${c.kecamatan.water} water dropped`,
    `GADM codes: ${c.gadmCodes.nameJoinsWithKemendagriCode} of ${c.gadmCodes.nameJoins} name joins carry the Kemendagri code; a code join would match ${c.gadmCodes.naiveCodeJoin.matched - c.gadmCodes.naiveCodeJoin.wrongRegion} regencies correctly (${c.gadmCodes.naiveCodeJoin.matched} codes found, ${c.gadmCodes.naiveCodeJoin.wrongRegion} of them another region)`,
    `GADM borders: ${c.mosaic.overlaps} overlaps (${c.mosaic.overlapAreaKm2} km²) given to one side, ${c.mosaic.slivers} slivers (${c.mosaic.sliverAreaKm2} km²) and ${c.mosaic.missingLand.length} missing pieces (${c.mosaic.missingLand.map((g) => `${g.code} ${g.areaKm2} km²`).join(', ')}) filled; ${c.mosaic.lakes} lake faces left open${c.mosaic.unexplained.length ? `; ${c.mosaic.unexplained.length} unexplained holes left open` : ''}`,
    `islands dropped as specks: ${c.specks.dropped} (${c.specks.droppedAreaKm2} km²)`,
    ...(c.unusedGadm.length ? [`GADM units not used: ${c.unusedGadm.join(', ')}`] : []),
  ];
}
