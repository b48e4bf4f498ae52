import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../../src/domain/region';
import type { Draft } from './extract-observations';
import { preferFetched } from './prefer-fetched';

const draft = (indicator: string, region: string, year: number, value: number, file: string): Draft => ({
  indicator,
  region: region as RegionCode,
  year,
  value,
  origin: { file, line: 2 },
});

describe('preferFetched', () => {
  it('replaces the compiled value of the same indicator, region and year and keeps the rest', () => {
    const compiled = [
      draft('ipm', '61', 2022, 68.6, 'ipm.csv'),
      draft('ipm', '61', 2021, 68.0, 'ipm.csv'),
      draft('poverty-rate', '61', 2022, 6.7, 'poverty.csv'),
    ];
    const fetched = [
      draft('ipm', '61', 2022, 68.63, 'bps-webapi/ipm.csv'),
      draft('ipm', '61', 2024, 70.1, 'bps-webapi/ipm.csv'),
    ];
    const { drafts, replaced } = preferFetched(compiled, fetched);
    expect(replaced).toBe(1);
    expect(drafts.map((d) => `${d.indicator} ${d.year} ${d.value} ${d.origin.file}`)).toEqual([
      'ipm 2021 68 ipm.csv',
      'poverty-rate 2022 6.7 poverty.csv',
      'ipm 2022 68.63 bps-webapi/ipm.csv',
      'ipm 2024 70.1 bps-webapi/ipm.csv',
    ]);
  });
});
