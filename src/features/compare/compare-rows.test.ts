import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { toCompareRows } from './compare-rows';

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
const indicator = (id: string, polarity: Indicator['polarity']): Indicator => ({
  id,
  name: { id, en: id },
  unit: { id: '%', en: '%' },
  polarity,
  category: 'living',
  decimals: 2,
  description: { id: '', en: '' },
  source: { name: 'BPS' },
});
const poverty = indicator('poverty-rate', 'lower-is-better');
const povertyObs = [
  o('ID', 2024, 9.03),
  o('61', 2024, 6.32),
  o('61.01', 2024, 7.72),
  o('61.11', 2024, 8.84),
  o('61.71', 2023, 4.45), // older: not marked against 2024 values
];
const compared = [regions[2]!, regions[3]!, regions[4]!];

describe('toCompareRows', () => {
  const [row] = toCompareRows(compared, [poverty], new Map([['poverty-rate', povertyObs]]), index);

  it('marks best and worst by polarity among the newest year only', () => {
    expect(row!.cells.map((c) => [c.value, c.year, c.mark])).toEqual([
      [7.72, 2024, 'best'],
      [8.84, 2024, 'worst'],
      [4.45, 2023, undefined],
    ]);
  });

  it('ranks each region at its level and adds the province and Indonesia as context', () => {
    expect(row!.cells[0]!.rank).toEqual({ rank: 1, of: 2 });
    expect(row!.context.map((c) => c.value)).toEqual([6.32, 9.03]);
    expect(row!.context.every((c) => c.mark === undefined && c.rank === undefined)).toBe(true);
  });

  it('marks nothing for a neutral indicator', () => {
    const [neutral] = toCompareRows(
      compared,
      [indicator('population', 'neutral')],
      new Map([['population', povertyObs]]),
      index,
    );
    expect(neutral!.cells.map((c) => c.mark)).toEqual([undefined, undefined, undefined]);
  });
});
