import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../domain/observation';
import type { RegionCode } from '../../../domain/region';
import { needMeasures } from './need-measures';

const obs = (region: string, year: number, value: number | null): Observation => ({
  region: region as RegionCode,
  year,
  value,
});

describe('needMeasures', () => {
  it('takes the newest year that both the region and its reference have', () => {
    const poverty = [
      obs('61.11', 2024, 8.84),
      obs('61.11', 2023, 9.1),
      obs('61', 2023, 6.71),
      obs('61', 2024, null),
    ];
    expect(needMeasures('61.11' as RegionCode, '61' as RegionCode, { 'poverty-rate': poverty })).toEqual([
      { indicator: 'poverty-rate', year: 2023, value: 9.1, referenceValue: 6.71, referenceKind: 'published' },
    ]);
  });

  it('gives nothing when the reference has no value in any of the region years', () => {
    const unemployment = [obs('61.11', 2024, 3.04), obs('ID', 2022, 5.86)];
    expect(
      needMeasures('61.11' as RegionCode, '61' as RegionCode, { 'unemployment-rate': unemployment }),
    ).toEqual([]);
  });

  it('falls back to the median of the province regencies when the province has no value', () => {
    const hls = [
      obs('61.11', 2024, 11.9),
      obs('61.01', 2024, 12.5),
      obs('61.02', 2024, 12.1),
      obs('61.03', 2024, 13),
    ];
    const peers = ['61.01', '61.02', '61.03', '61.11'] as RegionCode[];
    // Median of 11,9 · 12,1 · 12,5 · 13 is (12,1 + 12,5) / 2 = 12,3.
    const [measure] = needMeasures(
      '61.11' as RegionCode,
      '61' as RegionCode,
      { 'expected-years-schooling': hls },
      peers,
    );
    expect(measure).toMatchObject({
      indicator: 'expected-years-schooling',
      value: 11.9,
      referenceKind: 'median',
    });
    expect(measure!.referenceValue).toBeCloseTo(12.3, 10);
    expect(
      needMeasures(
        '61.11' as RegionCode,
        '61' as RegionCode,
        { 'expected-years-schooling': hls.slice(0, 2) },
        peers,
      ),
    ).toEqual([]);
  });
});
