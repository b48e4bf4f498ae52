import { describe, expect, it } from 'vitest';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import { latestObservation, rankRegions, rankWithinLevel } from './rank-regions';

const o = (region: string, value: number | null, year = 2024): Observation => ({
  region: region as RegionCode,
  year,
  value,
});

describe('rankRegions', () => {
  const poverty = [o('61.11', 8.84), o('61.04', 4.5), o('61.71', 4.5), o('61.05', null), o('61.06', 10.2)];

  it('ranks lowest first when lower is better, with ties sharing a rank', () => {
    const ranks = rankRegions(poverty, 'lower-is-better');
    expect(ranks.get('61.04' as RegionCode)).toEqual({ rank: 1, of: 4 });
    expect(ranks.get('61.71' as RegionCode)).toEqual({ rank: 1, of: 4 });
    expect(ranks.get('61.11' as RegionCode)).toEqual({ rank: 3, of: 4 });
    expect(ranks.get('61.06' as RegionCode)).toEqual({ rank: 4, of: 4 });
  });

  it('gives no rank to a region without a value', () => {
    expect(rankRegions(poverty, 'lower-is-better').has('61.05' as RegionCode)).toBe(false);
  });

  it('ranks highest first when higher is better, within the chosen peers only', () => {
    const ranks = rankRegions(poverty, 'higher-is-better', (code) => code !== '61.06');
    expect(ranks.get('61.11' as RegionCode)).toEqual({ rank: 1, of: 3 });
  });
});

describe('latestObservation', () => {
  it('skips gaps and takes the newest year with a value', () => {
    const series = [o('61.11', 9.5, 2021), o('61.11', 8.84, 2024), o('61.11', null, 2025), o('61', 7, 2025)];
    expect(latestObservation(series, '61.11' as RegionCode)?.year).toBe(2024);
    expect(latestObservation(series, '62' as RegionCode)).toBeUndefined();
  });
});

describe('rankWithinLevel', () => {
  it('ranks a province among provinces only, and an unknown region not at all', () => {
    const series = [o('61', 6.32), o('62', 5.1), o('61.11', 1)];
    const levelOf = (code: RegionCode) =>
      code === '99' ? undefined : code.includes('.') ? 'regency' : 'province';
    expect(rankWithinLevel(series, 2024, '61' as RegionCode, 'lower-is-better', levelOf)).toEqual({
      rank: 2,
      of: 2,
    });
    expect(rankWithinLevel(series, 2024, '99' as RegionCode, 'lower-is-better', levelOf)).toBeUndefined();
  });
});
