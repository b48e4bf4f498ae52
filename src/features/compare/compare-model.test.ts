import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { niceAxis, toCompareRows, toMultiTrend, toScatter } from './compare-model';

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

describe('toMultiTrend', () => {
  it('gives one row per year with a null for a gap, keyed so Recharts reads no dot paths', () => {
    const trend = toMultiTrend(
      [o('61.01', 2021, 8), o('61.01', 2023, 7.5), o('61.11', 2023, 9.13), o('61', 2023, 6)],
      compared,
    );
    expect(trend.series.map((s) => s.key)).toEqual(['r0', 'r1', 'r2']);
    expect(trend.rows).toEqual([
      { year: 2021, r0: 8, r1: null, r2: null },
      { year: 2022, r0: null, r1: null, r2: null },
      { year: 2023, r0: 7.5, r1: 9.13, r2: null },
    ]);
  });
});

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

describe('niceAxis', () => {
  it('rounds to steps around the values and never past the plausible range', () => {
    // Ombudsman scores 52,93 … 98,5 on 0–100: steps of 20 would reach 120; capped at 100.
    expect(niceAxis([52.93, 88.91, 98.5], { min: 0, max: 100 })).toEqual({
      domain: [40, 100],
      ticks: [40, 60, 80, 100],
    });
    expect(niceAxis([62.9, 81.57])).toEqual({ domain: [60, 85], ticks: [60, 65, 70, 75, 80, 85] });
  });

  it('gives a single value some room, and nothing for no values', () => {
    expect(niceAxis([4])).toEqual({ domain: [3.6, 4.4], ticks: [3.6, 3.8, 4, 4.2, 4.4] });
    expect(niceAxis([])).toBeUndefined();
  });
});
