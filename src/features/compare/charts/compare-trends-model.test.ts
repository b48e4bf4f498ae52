import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import { niceAxis, toMultiTrend } from './compare-trends-model';

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
const o = (code: string, year: number, value: number | null): Observation => ({
  region: code as RegionCode,
  year,
  value,
});
const compared = [regions[2]!, regions[3]!, regions[4]!];

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
