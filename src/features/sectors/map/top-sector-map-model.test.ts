import { describe, expect, it } from 'vitest';
import { NO_DATA } from '../../../components/charts/chart-palette';
import type { Region, RegionCode } from '../../../domain/region';
import { indexRegions } from '../../../domain/region-index';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../../domain/sectors/analysis/analysis-settings';
import { DEFAULT_WEIGHTS } from '../../../domain/sectors/priority';
import { SECTOR_CODES } from '../../../domain/sectors/sector-codes';
import { indexSectorTables } from '../../../domain/sectors/sector-tables';
import type { SectorValue } from '../../../domain/sectors/sector-value';
import { sectorColor } from './sector-groups';
import { fillOf, mapProvinceOf, topSectors, type TopSector } from './top-sector-map-model';

const region = (code: string, level: Region['level'], parent: string | null): Region => ({
  code: code as RegionCode,
  name: code,
  level,
  parent: parent as RegionCode | null,
  kind: level === 'country' ? 'negara' : level === 'province' ? 'provinsi' : 'kabupaten',
});
const REGIONS = [
  region('ID', 'country', null),
  region('11', 'province', 'ID'),
  region('12', 'province', 'ID'),
  region('13', 'province', 'ID'),
];

/** Province 11 is mostly farming, 12 mostly mining; both grow; 13 has no rows. */
function rows(): SectorValue[] {
  const out: SectorValue[] = [];
  for (const [code, big] of [
    ['11', 'A'],
    ['12', 'B'],
  ] as const) {
    for (const [year, growth] of [
      [2020, 1],
      [2023, 1.1],
    ] as const) {
      for (const sector of SECTOR_CODES) {
        out.push({
          region: code as RegionCode,
          year,
          basis: 'adhk',
          sector,
          value: (sector === big ? 500 : 10) * growth,
        });
      }
    }
  }
  return out;
}

describe('top-sector map', () => {
  it('gives each province with data its first priority sector and leaves the others out', () => {
    const index = indexRegions(REGIONS);
    const tops = topSectors(
      index.atLevel('province'),
      indexSectorTables(rows()),
      index,
      DEFAULT_ANALYSIS_SETTINGS,
      DEFAULT_WEIGHTS,
      {},
    );
    expect([...tops].map(([code, top]) => [code, top.sector, top.mode])).toEqual([
      ['11', 'A', 'annual'],
      ['12', 'B', 'annual'],
    ]);
  });

  it('colours each region by its sector group and marks regions without data', () => {
    const top = (sector: TopSector['sector']): TopSector => ({
      sector,
      score: 50,
      mode: 'annual',
      year: 2023,
      quarter: null,
      oldBoundary: false,
    });
    const tops = new Map<RegionCode, TopSector>([
      ['11' as RegionCode, top('B')],
      ['12' as RegionCode, top('A')],
    ]);
    const fill = fillOf(tops);
    expect(fill('11' as RegionCode)).toBe(sectorColor('B'));
    expect(fill('12' as RegionCode)).toBe(sectorColor('A'));
    expect(fill('13' as RegionCode)).toBe(NO_DATA);
  });

  it("maps a regency's own province, never another", () => {
    expect(mapProvinceOf({ code: '61.11' as RegionCode, level: 'regency', parent: '61' as RegionCode })).toBe(
      '61',
    );
    expect(mapProvinceOf({ code: '13' as RegionCode, level: 'province', parent: 'ID' as RegionCode })).toBe(
      '13',
    );
    expect(mapProvinceOf({ code: 'ID' as RegionCode, level: 'country', parent: null })).toBeNull();
  });
});
