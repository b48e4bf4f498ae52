import { describe, expect, it } from 'vitest';
import type { Observation } from '../../observation';
import type { Region, RegionCode } from '../../region';
import { rankRegionSet, rankWithinParent } from './province-rank';

const region = (code: string, name: string, parent = '61'): Region => ({
  code: code as RegionCode,
  name,
  level: 'regency',
  parent: parent as RegionCode,
  kind: 'kabupaten',
});
const o = (code: string, value: number | null, year = 2024): Observation => ({
  region: code as RegionCode,
  year,
  value,
});
const regions = [
  region('61.04', 'Kabupaten Ketapang'),
  region('61.11', 'Kabupaten Kayong Utara'),
  region('61.71', 'Kota Pontianak'),
  region('61.72', 'Kota Singkawang'),
  region('31.71', 'Kota Administrasi Jakarta Pusat', '31'),
];
const parentOf = (code: RegionCode) => regions.find((r) => r.code === code)?.parent;
// 2024 poverty rates (BPS); Singkawang is given Pontianak's value to make a tie.
const poverty = [o('61.04', 8.5), o('61.11', 8.84), o('61.71', 4.2), o('61.72', 4.2), o('31.71', 3.1)];

describe('rankWithinParent', () => {
  it('ranks a regency only among the regencies/cities of its own province', () => {
    expect(rankWithinParent(poverty, 2024, regions[1]!, 'lower-is-better', parentOf)).toEqual({
      rank: 4,
      of: 4,
    });
    expect(rankWithinParent(poverty, 2024, regions[0]!, 'lower-is-better', parentOf)).toEqual({
      rank: 3,
      of: 4,
    });
  });

  it('lets tied regions share a rank', () => {
    expect(rankWithinParent(poverty, 2024, regions[2]!, 'lower-is-better', parentOf)?.rank).toBe(1);
    expect(rankWithinParent(poverty, 2024, regions[3]!, 'lower-is-better', parentOf)?.rank).toBe(1);
  });

  it('gives no rank without a value in that year, or without a parent', () => {
    expect(rankWithinParent(poverty, 2023, regions[1]!, 'lower-is-better', parentOf)).toBeUndefined();
    const country = { code: 'ID' as RegionCode, parent: null };
    expect(rankWithinParent(poverty, 2024, country, 'lower-is-better', parentOf)).toBeUndefined();
  });
});

describe('rankRegionSet', () => {
  const kalbar = regions.slice(0, 4);

  it('lists the set best first with ties sharing a rank, and regions without a value last', () => {
    const rows = rankRegionSet([...poverty.slice(0, 3), o('61.72', null)], 2024, kalbar, 'lower-is-better');
    expect(rows.map((r) => [r.region.name, r.rank?.rank ?? null])).toEqual([
      ['Kota Pontianak', 1],
      ['Kabupaten Ketapang', 2],
      ['Kabupaten Kayong Utara', 3],
      ['Kota Singkawang', null],
    ]);
    expect(rows[0]!.rank?.of).toBe(3);
  });

  it('orders ties by name', () => {
    const rows = rankRegionSet(poverty, 2024, kalbar, 'lower-is-better');
    expect(rows.map((r) => r.region.code)).toEqual(['61.71', '61.72', '61.04', '61.11']);
    expect(rows.map((r) => r.rank?.rank)).toEqual([1, 1, 3, 4]);
  });

  it('orders a neutral indicator highest first without ranks', () => {
    const population = [o('61.04', 570_000), o('61.11', 126_898), o('61.71', 680_000)];
    const rows = rankRegionSet(population, 2024, kalbar, 'neutral');
    expect(rows.map((r) => r.region.code)).toEqual(['61.71', '61.04', '61.11', '61.72']);
    expect(rows.every((r) => r.rank === undefined)).toBe(true);
  });
});
