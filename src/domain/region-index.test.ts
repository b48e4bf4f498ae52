import { describe, expect, it } from 'vitest';
import type { Region, RegionCode } from './region';
import { indexRegions, normalizeRegionName, searchRegions } from './region-index';

const region = (code: string, name: string, level: Region['level'], parent: string | null): Region => ({
  code: code as RegionCode,
  name,
  level,
  parent: parent as RegionCode | null,
  kind:
    level === 'country'
      ? 'negara'
      : level === 'province'
        ? 'provinsi'
        : name.startsWith('Kota')
          ? 'kota'
          : 'kabupaten',
});

const regions = [
  region('ID', 'Indonesia', 'country', null),
  region('61', 'Kalimantan Barat', 'province', 'ID'),
  region('61.11', 'Kabupaten Kayong Utara', 'regency', '61'),
  region('61.71', 'Kota Pontianak', 'regency', '61'),
  region('61.04', 'Kabupaten Mempawah', 'regency', '61'),
  region('64', 'Kalimantan Timur', 'province', 'ID'),
];

describe('indexRegions', () => {
  it('finds regions by code, level and parent', () => {
    const index = indexRegions(regions);
    expect(index.byCode.get('61.11' as RegionCode)?.name).toBe('Kabupaten Kayong Utara');
    expect(index.atLevel('province').map((r) => r.code)).toEqual(['61', '64']);
    expect(index.childrenOf('61' as RegionCode).map((r) => r.code)).toEqual(['61.11', '61.71', '61.04']);
  });
});

describe('normalizeRegionName', () => {
  it('drops the administrative prefix and punctuation', () => {
    expect(normalizeRegionName('Kabupaten Tojo Una-Una')).toBe('tojo una una');
    expect(normalizeRegionName('Kota Bau-Bau')).toBe('bau bau');
  });
});

describe('searchRegions', () => {
  it('finds Kabupaten Kayong Utara from "kayong"', () => {
    expect(searchRegions(regions, 'kayong').map((r) => r.code)).toEqual(['61.11']);
  });

  it('puts provinces before regencies and matches word starts', () => {
    expect(searchRegions(regions, 'kali').map((r) => r.code)).toEqual(['61', '64']);
    expect(searchRegions(regions, 'utara').map((r) => r.code)).toEqual(['61.11']);
  });

  it('matches a code prefix', () => {
    expect(searchRegions(regions, '61.1').map((r) => r.code)).toEqual(['61.11']);
  });
});
