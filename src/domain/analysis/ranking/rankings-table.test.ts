import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../indicator';
import type { Observation } from '../../observation';
import type { Region, RegionCode } from '../../region';
import { buildRankingRows, filterRankingRows, sortRankingRows } from './rankings-table';

const region = (code: string, name: string, kind: Region['kind'] = 'kabupaten'): Region => ({
  code: code as RegionCode,
  name,
  level: 'regency',
  parent: code.slice(0, 2) as RegionCode,
  kind,
});
const provinces: Region[] = [
  { code: '61' as RegionCode, name: 'Kalimantan Barat', level: 'province', parent: null, kind: 'provinsi' },
  { code: '62' as RegionCode, name: 'Kalimantan Tengah', level: 'province', parent: null, kind: 'provinsi' },
];
const regions = [
  region('61.11', 'Kabupaten Kayong Utara'),
  region('61.04', 'Kabupaten Ketapang'),
  region('61.71', 'Kota Pontianak', 'kota'),
  region('62.01', 'Kabupaten Kotawaringin Barat'),
  region('62.02', 'Kabupaten Kotawaringin Timur'),
  region('62.71', 'Kota Palangka Raya', 'kota'),
];
const o = (code: string, year: number, value: number | null, category?: string): Observation => ({
  region: code as RegionCode,
  year,
  value,
  ...(category ? { category } : {}),
});
const poverty: Indicator = {
  id: 'poverty-rate',
  name: { id: 'Kemiskinan', en: 'Poverty' },
  unit: { id: '%', en: '%' },
  polarity: 'lower-is-better',
  category: 'living',
  decimals: 2,
  description: { id: '', en: '' },
  source: { name: 'BPS' },
  categories: [
    { id: 'merah', label: { id: 'Zona merah', en: 'Red zone' }, order: 0 },
    { id: 'hijau', label: { id: 'Zona hijau', en: 'Green zone' }, order: 2 },
  ],
  bands: [
    { from: null, to: 5, label: { id: 'Rendah', en: 'Low' } },
    { from: 5, to: null, label: { id: 'Tinggi', en: 'High' } },
  ],
};
const observations = [
  o('61.11', 2023, 9.13),
  o('61.11', 2024, 8.84),
  o('61.04', 2024, 8.5),
  o('61.71', 2023, 4.45),
  o('61.71', 2024, 4.2),
  o('62.01', 2024, 8.5),
  o('62.02', 2024, null, 'merah'),
  o('62.71', 2024, null, 'hijau'),
];
const byCode = new Map([...provinces, ...regions].map((r) => [r.code, r]));
const rows = buildRankingRows({
  indicator: poverty,
  observations,
  year: 2024,
  regions: [...regions, region('61.99', 'Kabupaten Tanpa Data')],
  regionOf: (c) => byCode.get(c),
});
const names = (list: { region: Region }[]) => list.map((r) => r.region.code);

describe('buildRankingRows', () => {
  it('ranks lowest first with ties sharing a rank, then zones by category, then regions without data', () => {
    expect(names(rows)).toEqual(['61.71', '61.04', '62.01', '61.11', '62.71', '62.02', '61.99']);
    expect(rows.map((r) => r.rank?.rank)).toEqual([1, 2, 2, 4, undefined, undefined, undefined]);
    expect(rows.map((r) => r.group)).toEqual([
      'scored',
      'scored',
      'scored',
      'scored',
      'category',
      'category',
      'missing',
    ]);
  });

  it('never gives a category-only row a number, and names its band, province and change', () => {
    const zone = rows.find((r) => r.region.code === '62.02')!;
    expect(zone.value).toBeNull();
    expect(zone.category?.id).toBe('merah');
    const kayong = rows.find((r) => r.region.code === '61.11')!;
    expect(kayong.band?.label.id).toBe('Tinggi');
    expect(kayong.province?.name).toBe('Kalimantan Barat');
    expect(kayong.change).toMatchObject({ from: { year: 2023 }, verdict: 'improving' });
    expect(kayong.change!.delta).toBeCloseTo(-0.29, 10);
  });
});

describe('sortRankingRows', () => {
  it('sorts values both ways and keeps zones after numbers and gaps last either way', () => {
    const desc = sortRankingRows(rows, { column: 'value', direction: 'desc' }, poverty);
    expect(names(desc)).toEqual(['61.11', '61.04', '62.01', '61.71', '62.02', '62.71', '61.99']);
    const asc = sortRankingRows(rows, { column: 'value', direction: 'asc' }, poverty);
    expect(names(asc)).toEqual(['61.71', '61.04', '62.01', '61.11', '62.71', '62.02', '61.99']);
  });

  it('sorts names the Indonesian way and puts rows without a change after those with one', () => {
    const byName = sortRankingRows(rows, { column: 'name', direction: 'desc' }, poverty);
    expect(byName.at(-1)?.region.code).toBe('61.99');
    expect(byName[0]?.region.name).toBe('Kota Pontianak');
    const byChange = sortRankingRows(rows, { column: 'change', direction: 'asc' }, poverty);
    expect(names(byChange).slice(0, 2)).toEqual(['61.11', '61.71']); // −0.29, −0.25
  });
});

describe('filterRankingRows', () => {
  it('filters by province, kind and a name query', () => {
    expect(names(filterRankingRows(rows, { province: '61' as RegionCode, kind: null, query: '' }))).toEqual([
      '61.71',
      '61.04',
      '61.11',
      '61.99',
    ]);
    expect(names(filterRankingRows(rows, { province: null, kind: 'kota', query: '' }))).toEqual([
      '61.71',
      '62.71',
    ]);
    expect(names(filterRankingRows(rows, { province: null, kind: null, query: 'kotawaringin' }))).toEqual([
      '62.01',
      '62.02',
    ]);
    expect(names(filterRankingRows(rows, { province: null, kind: null, query: '61.1' }))).toEqual(['61.11']);
  });
});
