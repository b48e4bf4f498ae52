import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../../src/domain/region';
import { densityObservations } from './density-observations';
import type { Draft } from './extract-observations';

describe('densityObservations', () => {
  const draft = (
    indicator: string,
    region: string,
    year: number,
    value: number | null,
    note?: string,
  ): Draft => ({
    indicator,
    origin: { file: `${indicator}.csv`, line: 2 },
    region: region as RegionCode,
    year,
    value,
    ...(note ? { note } : {}),
  });

  it('divides population by area, rounds to 2 decimals and skips regions without both', () => {
    const result = densityObservations(
      [draft('population', '61.11', 2025, 120_000), draft('population', 'ID', 2025, 284_973_643)],
      [draft('area', '61.11', 2024, 4_568.26, 'suspect area')],
    );
    expect(result).toEqual([
      {
        indicator: 'population-density',
        origin: { file: 'population.csv', line: 2 },
        region: '61.11',
        year: 2025,
        value: 26.27,
        note: 'population 2025 (Kemendagri) ÷ area 2024 (BIG); suspect area',
        flags: ['derived'],
      },
    ]);
  });
});
