import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import type { Indicator } from '../../domain/indicator';
import { countGrades, formatYearSpan, summarizeCoverage } from './coverage';

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
        province: { withValue: 1, categoryOnly: 0, total: 2 },
        regency: { withValue: 1, categoryOnly: 0, total: 1 },
        national: false,
      },
      {
        year: 2023,
        province: { withValue: 1, categoryOnly: 0, total: 2 },
        regency: { withValue: 0, categoryOnly: 0, total: 1 },
        national: true,
      },
    ]);
  });
});

describe('summarizeCoverage with categories', () => {
  it('counts a zone without a number apart from the values, and a year with only zones too', () => {
    const zone = (region: string, year: number, category: string): Observation => ({
      ...o(region, year, null),
      category,
    });
    const coverage = summarizeCoverage(
      [o('61', 2024, 80.1), zone('62', 2024, 'hijau'), zone('61.11', 2023, 'merah'), o('62', 2023, null)],
      index,
    );
    expect(coverage).toEqual([
      {
        year: 2024,
        province: { withValue: 1, categoryOnly: 1, total: 2 },
        regency: { withValue: 0, categoryOnly: 0, total: 1 },
        national: false,
      },
      {
        year: 2023,
        province: { withValue: 0, categoryOnly: 0, total: 2 },
        regency: { withValue: 0, categoryOnly: 1, total: 1 },
        national: false,
      },
    ]);
  });
});

describe('countGrades', () => {
  it("counts each observation's own grade, else its indicator's, official first", () => {
    const indicator = { source: { name: 'BPS', grade: 'secondary' } } as Indicator;
    const press = { name: 'news', grade: 'press' as const };
    expect(
      countGrades(indicator, [
        o('61', 2024, 1),
        { ...o('62', 2024, 2), source: press },
        { ...o('ID', 2024, 3), source: { name: 'BPS', grade: 'official' } },
        { ...o('61.11', 2024, 4), source: { name: 'mirror' } },
      ]),
    ).toEqual([
      { grade: 'official', count: 1 },
      { grade: 'secondary', count: 2 },
      { grade: 'press', count: 1 },
    ]);
    expect(countGrades({ source: { name: 'x' } } as Indicator, [o('61', 2024, 1)])).toEqual([
      { grade: undefined, count: 1 },
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
