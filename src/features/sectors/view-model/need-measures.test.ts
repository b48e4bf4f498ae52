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
      { indicator: 'poverty-rate', year: 2023, value: 9.1, referenceValue: 6.71 },
    ]);
  });

  it('gives nothing when the reference has no value in any of the region years', () => {
    const unemployment = [obs('61.11', 2024, 3.04), obs('ID', 2022, 5.86)];
    expect(
      needMeasures('61.11' as RegionCode, '61' as RegionCode, { 'unemployment-rate': unemployment }),
    ).toEqual([]);
  });
});
