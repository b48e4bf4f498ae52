import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { formatYearSpan, summarizeCoverage } from './coverage';

const r = (code: string, level: Region['level']): Region => ({
  code: code as RegionCode,
  name: code,
  level,
  parent: null,
  kind: 'provinsi',
});
const index = indexRegions([
  r('ID', 'country'),
  r('61', 'province'),
  r('62', 'province'),
  r('61.11', 'regency'),
]);
const o = (region: string, year: number, value: number | null): Observation => ({
  region: region as RegionCode,
  year,
  value,
});

describe('summarizeCoverage', () => {
  it('counts regions with a value per level and year, newest first, ignoring gaps', () => {
    const coverage = summarizeCoverage(
      [
        o('61', 2024, 6.1),
        o('62', 2024, null),
        o('61.11', 2024, 8.84),
        o('ID', 2023, 9.36),
        o('61', 2023, 6.7),
      ],
      index,
    );
    expect(coverage).toEqual([
      {
        year: 2024,
        province: { withValue: 1, total: 2 },
        regency: { withValue: 1, total: 1 },
        national: false,
      },
      {
        year: 2023,
        province: { withValue: 1, total: 2 },
        regency: { withValue: 0, total: 1 },
        national: true,
      },
    ]);
  });
});

describe('formatYearSpan', () => {
  it('writes a run of years as a span and gaps as a list', () => {
    expect(formatYearSpan([2024, 2021, 2022, 2023])).toBe('2021–2024');
    expect(formatYearSpan([2019, 2022, 2023])).toBe('2019, 2022, 2023');
    expect(formatYearSpan([])).toBe('–');
  });
});
