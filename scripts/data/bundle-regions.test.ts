import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../src/data/schemas/region-schema';
import type { Region } from '../../src/domain/region';
import { AREA_DATA, readBundleJson, readCsvRecords } from './bundle-files';

const regions = readBundleJson('regions.json') as Region[];
const provinces = readCsvRecords(join(AREA_DATA, 'provinces.csv'));
const regencies = readCsvRecords(join(AREA_DATA, 'regencies.csv'));

describe('regions.json', () => {
  it('holds Indonesia, 38 provinces and 514 regencies/cities: 553 rows', () => {
    expect(regions).toHaveLength(553);
    expect(regions.filter((r) => r.level === 'country')).toEqual([
      { code: 'ID', name: 'Indonesia', level: 'country', parent: null, kind: 'negara' },
    ]);
    expect(regions.filter((r) => r.level === 'province')).toHaveLength(38);
    expect(regions.filter((r) => r.level === 'regency')).toHaveLength(514);
    expect(new Set(regions.map((r) => r.code)).size).toBe(553);
  });

  it('validates every row with regionSchema', () => {
    for (const region of regions) expect(regionSchema.safeParse(region).success, region.code).toBe(true);
  });

  it('has the codes, names and parents of idn-area-data', () => {
    const expected = [
      ...provinces.map((p) => [p.code, p.name, 'ID', 'provinsi']),
      ...regencies.map((r) => [
        r.code,
        r.name,
        r.province_code,
        r.name?.startsWith('Kota ') ? 'kota' : 'kabupaten',
      ]),
    ].sort();
    const actual = regions
      .filter((r) => r.level !== 'country')
      .map((r) => [r.code, r.name, r.parent, r.kind])
      .sort();
    expect(actual).toEqual(expected);
  });

  it('counts 98 kota among the 514 (names starting "Kota ")', () => {
    expect(regions.filter((r) => r.kind === 'kota')).toHaveLength(98);
    expect(regions.filter((r) => r.kind === 'kabupaten')).toHaveLength(416);
  });

  it('is sorted by code, Indonesia first', () => {
    const codes = regions.map((r) => r.code as string);
    expect(codes[0]).toBe('ID');
    const rest = codes.slice(1);
    expect(rest).toEqual([...rest].sort());
  });
});
