import type { Region, RegionCode } from '../../src/domain/region';
import { field, type CsvTable } from './csv';

export const COUNTRY: Region = {
  code: 'ID' as RegionCode,
  name: 'Indonesia',
  level: 'country',
  parent: null,
  kind: 'negara',
};

/** "ID" first, then plain string order, which keeps each province followed by its regencies. */
export function compareRegionCodes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === COUNTRY.code) return -1;
  if (b === COUNTRY.code) return 1;
  return a < b ? -1 : 1;
}

/** The region list from idn-area-data's provinces.csv (code,name) and regencies.csv (code,province_code,name). */
export function buildRegions(provinces: CsvTable, regencies: CsvTable): Region[] {
  const regions: Region[] = [COUNTRY];
  for (const row of provinces.rows) {
    regions.push({
      code: field(row, 'code') as RegionCode,
      name: field(row, 'name'),
      level: 'province',
      parent: COUNTRY.code,
      kind: 'provinsi',
    });
  }
  for (const row of regencies.rows) {
    const name = field(row, 'name');
    regions.push({
      code: field(row, 'code') as RegionCode,
      name,
      level: 'regency',
      parent: field(row, 'province_code') as RegionCode,
      kind: name.startsWith('Kota ') ? 'kota' : 'kabupaten',
    });
  }
  return regions.sort((a, b) => compareRegionCodes(a.code, b.code));
}
