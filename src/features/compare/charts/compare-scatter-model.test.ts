import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import { indexRegions } from '../../../domain/region-index';
import { toScatter } from './compare-scatter-model';

const region = (code: string, name: string, level: Region['level'], parent: string | null): Region => ({
  code: code as RegionCode,
  name,
  level,
  parent: parent as RegionCode | null,
  kind: level === 'regency' ? 'kabupaten' : level === 'province' ? 'provinsi' : 'negara',
});
const regions = [
  region('ID', 'Indonesia', 'country', null),
  region('61', 'Kalimantan Barat', 'province', 'ID'),
  region('61.01', 'Kabupaten Sambas', 'regency', '61'),
  region('61.11', 'Kabupaten Kayong Utara', 'regency', '61'),
  region('61.71', 'Kota Pontianak', 'regency', '61'),
];
const index = indexRegions(regions);
const o = (code: string, year: number, value: number | null): Observation => ({
  region: code as RegionCode,
  year,
  value,
});
const povertyObs = [
  o('ID', 2024, 9.03),
  o('61', 2024, 6.32),
  o('61.01', 2024, 7.72),
  o('61.11', 2024, 8.84),
  o('61.71', 2023, 4.45), // older: not marked against 2024 values
];

describe('toScatter', () => {
  it('plots regions of the level with both values, the compared ones apart, and names those missing', () => {
    const ipm = [o('61.01', 2024, 70.1), o('61.11', 2024, 65.74), o('61.71', 2024, 81.57), o('61', 2024, 70)];
    const scatter = toScatter(ipm, povertyObs, 'regency', index, ['61.11', '61.71'] as RegionCode[]);
    expect(scatter.others).toEqual([{ code: '61.01', name: 'Kabupaten Sambas', x: 70.1, y: 7.72 }]);
    expect(scatter.compared.map((p) => p.code)).toEqual(['61.11']);
    expect(scatter.missing).toEqual(['61.71']); // poverty only for 2023, the axis uses 2024
    expect([scatter.xYear, scatter.yYear]).toEqual([2024, 2024]);
  });
});
