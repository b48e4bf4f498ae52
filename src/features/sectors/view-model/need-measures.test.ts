import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import type { RegionCode } from '../../domain/region';
import type { RankedSector } from '../../domain/sectors/priority';
import { needMeasures, toThemeGroups } from './sectors-model';

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

describe('toThemeGroups', () => {
  it('lists each theme with its sectors by priority and marks the top five', () => {
    const ranked = (['I', 'A', 'Q', 'C', 'G', 'R,S,T,U'] as const).map(
      (sector, i) => ({ sector, rank: i + 1, score: 90 - i * 10 }) as unknown as RankedSector,
    );
    const [destination, business, liveable] = toThemeGroups(ranked);
    expect(destination!.sectors.map((s) => [s.sector, s.leading])).toEqual([
      ['I', true],
      ['A', true],
      ['G', true],
      ['R,S,T,U', false],
    ]);
    expect(business!.sectors.map((s) => s.sector)).toEqual(['A', 'C', 'G']);
    expect(liveable!.sectors.map((s) => s.sector)).toEqual(['Q', 'R,S,T,U']);
  });
});
