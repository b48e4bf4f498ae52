import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../../src/domain/region';
import type { Draft } from './extract-observations';
import { keepNewRegionYears } from './supplement-observations';

const draft = (file: string, line: number, region: string, value: number): Draft => ({
  indicator: 'unemployment-rate',
  origin: { file, line },
  region: region as RegionCode,
  year: 2024,
  value,
});

describe('keepNewRegionYears', () => {
  const existing = [draft('tpt_regency.csv', 2, '61.11', 3.1), draft('tpt.csv', 5, '61.12', 4)];

  it('keeps only region-years the earlier table lacks and reports the rest as skipped', () => {
    const result = keepNewRegionYears(
      [draft('tpt_2024.csv', 2, '61.11', 3.1), draft('tpt_2024.csv', 3, '61.12', 4)],
      existing,
      'tpt_regency.csv',
    );
    // 61.12 is held only by a different file, so the supplement fills it.
    expect(result.kept.map((d) => d.region)).toEqual(['61.12']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.origin.line).toBe(2);
    expect(result.issues).toEqual([]);
  });

  it('stops on a different value instead of choosing one', () => {
    const result = keepNewRegionYears([draft('tpt_2024.csv', 9, '61.11', 3.2)], existing, 'tpt_regency.csv');
    expect(result.kept).toEqual([]);
    expect(result.issues[0]?.message).toBe('61.11 2024: 3.2 here but 3.1 in tpt_regency.csv line 2');
  });
});
