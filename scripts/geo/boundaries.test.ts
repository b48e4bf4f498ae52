import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAreaData } from './area-data';
import { SIZE_BUDGETS } from './build-params';
import type { Coverage } from './coverage-report';
import { ensureBoundaries } from './ensure-boundaries';
import { ringArea, ringCentroid } from './ring-geometry';
import { areaDataFile, BOUNDARIES_DIR } from './source-paths';
import { decodeArcs } from './topology-arcs';

interface Region {
  code: string;
  name: string;
  polygons: Position[][][];
}

const area = parseAreaData({
  provinces: readFileSync(areaDataFile('provinces'), 'utf8'),
  regencies: readFileSync(areaDataFile('regencies'), 'utf8'),
  districts: readFileSync(areaDataFile('districts'), 'utf8'),
});
const text: Record<'regency' | 'province', string> = { regency: '', province: '' };
const topo: Partial<Record<'regency' | 'province', Topology>> = {};
const regions: Record<'regency' | 'province', Map<string, Region>> = {
  regency: new Map(),
  province: new Map(),
};
let coverage: Coverage;

function load(layer: 'regency' | 'province') {
  text[layer] = readFileSync(join(BOUNDARIES_DIR, `${layer}.topo.json`), 'utf8');
  const t = JSON.parse(text[layer]) as Topology;
  topo[layer] = t;
  const collection = feature(t, t.objects.regions as GeometryCollection<{ code: string; name: string }>);
  for (const f of collection.features) {
    const geometry = f.geometry as MultiPolygon;
    regions[layer].set(f.properties.code, {
      code: f.properties.code,
      name: f.properties.name,
      polygons: geometry.coordinates,
    });
  }
}

const polygonArea = (polygon: Position[][]) =>
  polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * ringArea(ring), 0);
const regionArea = (r: Region) => r.polygons.reduce((sum, p) => sum + polygonArea(p), 0);

/** Area-weighted centre of all of a region's land. */
function centroid(code: string, layer: 'regency' | 'province' = 'regency'): { lon: number; lat: number } {
  const region = regions[layer].get(code);
  if (!region) throw new Error(`no polygon for ${code}`);
  let weight = 0;
  let lon = 0;
  let lat = 0;
  for (const polygon of region.polygons) {
    const a = ringArea(polygon[0] ?? []);
    const c = ringCentroid(polygon[0] ?? []);
    weight += a;
    lon += (c[0] ?? 0) * a;
    lat += (c[1] ?? 0) * a;
  }
  return { lon: lon / weight, lat: lat / weight };
}

function bbox(region: Region) {
  const box = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
  for (const p of region.polygons.flat(2)) {
    box[0] = Math.min(box[0], p[0] ?? 0);
    box[1] = Math.min(box[1], p[1] ?? 0);
    box[2] = Math.max(box[2], p[0] ?? 0);
    box[3] = Math.max(box[3], p[1] ?? 0);
  }
  return box;
}

beforeAll(() => {
  ensureBoundaries({ log: () => {} });
  load('regency');
  load('province');
  coverage = JSON.parse(readFileSync(join(BOUNDARIES_DIR, 'coverage.json'), 'utf8')) as Coverage;
}, 180_000);

describe('boundary layers', () => {
  it('have one object, "regions", with code and name from idn-area-data', () => {
    for (const layer of ['regency', 'province'] as const) {
      const t = topo[layer];
      expect(Object.keys(t?.objects ?? {})).toEqual(['regions']);
      expect(t?.transform).toBeDefined();
      const geometries = (t?.objects.regions as GeometryCollection).geometries;
      for (const g of geometries) expect(Object.keys(g.properties ?? {}).sort()).toEqual(['code', 'name']);
    }
  });

  it('give every one of the 514 regencies/cities a polygon, and nothing else', () => {
    const expected = area.regencies.map((r) => r.code).sort();
    expect(expected).toHaveLength(514);
    expect([...regions.regency.keys()].sort()).toEqual(expected);
    for (const r of area.regencies) expect(regions.regency.get(r.code)?.name).toBe(r.name);
  });

  it('give every one of the 38 provinces a polygon, and nothing else', () => {
    const expected = area.provinces.map((p) => p.code).sort();
    expect(expected).toHaveLength(38);
    expect([...regions.province.keys()].sort()).toEqual(expected);
    for (const p of area.provinces) expect(regions.province.get(p.code)?.name).toBe(p.name);
  });

  it('have only closed rings with area', () => {
    for (const layer of ['regency', 'province'] as const) {
      for (const region of regions[layer].values()) {
        expect(region.polygons.length, region.code).toBeGreaterThan(0);
        for (const ring of region.polygons.flat()) {
          expect(ring.length, region.code).toBeGreaterThanOrEqual(4);
          expect(ring[0], region.code).toEqual(ring[ring.length - 1]);
          expect(ringArea(ring), region.code).toBeGreaterThan(0);
        }
      }
    }
  });

  it('stay within their budgets, gzipped', () => {
    expect(gzipSync(text.regency).length).toBeLessThanOrEqual(SIZE_BUDGETS.regency);
    expect(gzipSync(text.province).length).toBeLessThanOrEqual(SIZE_BUDGETS.province);
  });

  it('report full coverage', () => {
    expect(coverage.regencies).toMatchObject({
      expected: 514,
      withPolygon: 514,
      missing: [],
      unknownCodes: [],
    });
    expect(coverage.regencies.byName + coverage.regencies.byAlias + coverage.regencies.byDissolve).toBe(514);
    expect(coverage.provinces).toMatchObject({
      expected: 38,
      withPolygon: 38,
      missing: [],
      unknownCodes: [],
    });
    expect(coverage.unusedGadm).toEqual([]);
  });
});

describe('province layer', () => {
  it('is the regency layer dissolved: same grid, no new points, same area per province', () => {
    expect(topo.province?.transform).toEqual(topo.regency?.transform);
    const regencyPoints = new Set(
      decodeArcs(topo.regency as Topology)
        .flat()
        .map((p) => `${p[0]},${p[1]}`),
    );
    const strays = decodeArcs(topo.province as Topology)
      .flat()
      .filter((p) => !regencyPoints.has(`${p[0]},${p[1]}`));
    expect(strays).toEqual([]);

    const sums = new Map<string, number>();
    for (const r of area.regencies)
      sums.set(
        r.provinceCode,
        (sums.get(r.provinceCode) ?? 0) + regionArea(regions.regency.get(r.code) as Region),
      );
    for (const province of regions.province.values()) {
      // Equal areas: regencies neither overlap nor leave gaps the province fills.
      expect(regionArea(province), province.code).toBeCloseTo(sums.get(province.code) ?? 0, 9);
    }
  });

  it('contains each regency within its bounding box', () => {
    for (const r of area.regencies) {
      const inner = bbox(regions.regency.get(r.code) as Region);
      const outer = bbox(regions.province.get(r.provinceCode) as Region);
      expect(
        inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3],
        r.code,
      ).toBe(true);
    }
  });
});

describe('regions are where they belong', () => {
  it('checks the test’s own codes against idn-area-data', () => {
    const names = new Map(area.regencies.map((r) => [r.code, r.name]));
    expect(names.get('61.11')).toBe('Kabupaten Kayong Utara');
    expect(names.get('93.01')).toBe('Kabupaten Merauke');
    expect(names.get('32.18')).toBe('Kabupaten Pangandaran');
    expect(names.get('32.07')).toBe('Kabupaten Ciamis');
    expect(names.get('31.71')).toBe('Kota Administrasi Jakarta Pusat');
    expect(names.get('31.72')).toBe('Kota Administrasi Jakarta Utara');
    expect(names.get('31.73')).toBe('Kota Administrasi Jakarta Barat');
    expect(names.get('31.74')).toBe('Kota Administrasi Jakarta Selatan');
    expect(names.get('31.75')).toBe('Kota Administrasi Jakarta Timur');
  });

  it('puts Kayong Utara in West Kalimantan near Sukadana', () => {
    const c = centroid('61.11');
    expect(Math.hypot(c.lon - 109.95, c.lat - -1.23)).toBeLessThan(0.7);
    const [w, s, e, n] = bbox(regions.province.get('61') as Region);
    expect(c.lon > w && c.lon < e && c.lat > s && c.lat < n).toBe(true);
  });

  it('puts Merauke in Papua Selatan, in the far south-east', () => {
    const c = centroid('93.01');
    expect(c.lon).toBeGreaterThan(138);
    expect(c.lat).toBeLessThan(-6);
    const [w, s, e, n] = bbox(regions.province.get('93') as Region);
    expect(c.lon > w && c.lon < e && c.lat > s && c.lat < n).toBe(true);
  });

  it('arranges the five Jakarta cities', () => {
    const pusat = centroid('31.71');
    const utara = centroid('31.72');
    const barat = centroid('31.73');
    const selatan = centroid('31.74');
    const timur = centroid('31.75');
    expect(utara.lat).toBeGreaterThan(selatan.lat);
    expect(barat.lon).toBeLessThan(timur.lon);
    expect(pusat.lat).toBeLessThan(utara.lat);
    expect(pusat.lat).toBeGreaterThan(selatan.lat);
    expect(pusat.lon).toBeGreaterThan(barat.lon);
    expect(pusat.lon).toBeLessThan(timur.lon);
  });

  it('puts Pangandaran, newer than GADM, south of Ciamis and takes it out of Ciamis', () => {
    expect(centroid('32.18').lat).toBeLessThan(centroid('32.07').lat - 0.2);
    const ciamis = bbox(regions.regency.get('32.07') as Region);
    // GADM's Ciamis reached the coast at about 7.8°S; today's Ciamis ends well inland.
    expect(ciamis[1]).toBeGreaterThan(-7.6);
  });

  it('keeps islands of Kepulauan Seribu, an island-only regency', () => {
    expect(regions.regency.get('31.01')?.polygons.length).toBeGreaterThan(5);
  });
});
