import { describe, expect, it } from 'vitest';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import { toTrendSeries, yearRuns } from './trend-series';

const o = (region: string, year: number, value: number | null, extra: Partial<Observation> = {}) =>
  ({ region: region as RegionCode, year, value, ...extra }) as Observation;
const codes = { self: '61.11' as RegionCode, parent: '61' as RegionCode, country: 'ID' as RegionCode };

describe('toTrendSeries', () => {
  // IPM (BPS var 413): Kayong Utara, Kalimantan Barat, Indonesia
  const ipm = [
    o('61.11', 2023, 64.79),
    o('61.11', 2024, 65.74),
    o('61', 2023, 69.41),
    o('61', 2024, 70.13),
    o('ID', 2023, 73.55),
    o('ID', 2024, 74.2),
    o('61.04', 2024, 69.42),
  ];

  it('puts the region, its province and Indonesia side by side per year, ignoring other regions', () => {
    const trend = toTrendSeries(ipm, codes);
    expect(trend.rows).toEqual([
      { year: 2023, self: 64.79, parent: 69.41, country: 73.55, target: null, selfOldBoundary: false },
      { year: 2024, self: 65.74, parent: 70.13, country: 74.2, target: null, selfOldBoundary: false },
    ]);
    expect(trend.present).toEqual({ self: true, parent: true, country: true, target: false });
    expect(trend.gaps).toEqual([]);
  });

  it('keeps gap years as empty rows and names the region’s own gaps', () => {
    // SPBE-like: evaluated 2019, not 2020, again 2021 and 2023
    const spbe = [
      o('61.11', 2019, 1.5),
      o('61.11', 2021, 2.1),
      o('61.11', 2022, null),
      o('61.11', 2023, 2.4),
    ];
    const trend = toTrendSeries(spbe, codes);
    expect(trend.rows.map((r) => [r.year, r.self])).toEqual([
      [2019, 1.5],
      [2020, null],
      [2021, 2.1],
      [2022, null],
      [2023, 2.4],
    ]);
    expect(trend.gaps).toEqual([2020, 2022]);
    expect(trend.present.parent).toBe(false);
  });

  it('does not call years before the region’s first value gaps', () => {
    const trend = toTrendSeries(
      [o('61', 2021, 67.9), o('61.11', 2023, 64.79), o('61.11', 2024, 65.74)],
      codes,
    );
    expect(trend.firstYear).toBe(2021);
    expect(trend.gaps).toEqual([]);
  });

  it('adds the region’s targets, extending the years to the target year', () => {
    const targets = [
      { region: '61.11' as RegionCode, year: 2026, value: 67.5 },
      { region: '61' as RegionCode, year: 2026, value: 72 },
    ];
    const trend = toTrendSeries(ipm, codes, targets);
    expect(trend.rows.map((r) => [r.year, r.self, r.target])).toEqual([
      [2023, 64.79, null],
      [2024, 65.74, null],
      [2025, null, null],
      [2026, null, 67.5],
    ]);
    expect(trend.present.target).toBe(true);
    expect(trend.gaps).toEqual([]);
  });

  it('marks values published on the old Papua boundary', () => {
    const papua = [o('91', 2021, 26.86, { flags: ['old-boundary'] }), o('91', 2022, 26.56)];
    const trend = toTrendSeries(papua, { self: '91' as RegionCode, country: 'ID' as RegionCode });
    expect(trend.oldBoundaryYears).toEqual([2021]);
    expect(trend.rows[0]!.parent).toBeNull();
  });

  it('returns no rows when nothing has a value', () => {
    const trend = toTrendSeries([o('61.11', 2024, null)], codes);
    expect(trend.rows).toEqual([]);
    expect(trend.present.self).toBe(false);
  });
});

describe('yearRuns', () => {
  it('joins consecutive years', () => {
    expect(yearRuns([2022, 2019, 2020, 2024])).toEqual([
      { from: 2019, to: 2020 },
      { from: 2022, to: 2022 },
      { from: 2024, to: 2024 },
    ]);
  });
});
