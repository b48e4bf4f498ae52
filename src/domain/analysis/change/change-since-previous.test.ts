import { describe, expect, it } from 'vitest';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import { changesInYear } from './change-since-previous';

const o = (region: string, year: number, value: number | null): Observation => ({
  region: region as RegionCode,
  year,
  value,
});
const code = (c: string) => c as RegionCode;
const ipmLike = { polarity: 'higher-is-better', decimals: 2 } as const;

describe('changesInYear', () => {
  const ipm = [
    o('61.11', 2023, 64.79),
    o('61.11', 2024, 65.74),
    o('61.04', 2022, 67.92),
    o('61.04', 2023, null),
    o('61.04', 2024, 69.42),
  ];

  it('compares each region with its previous year with a value, skipping a gap year', () => {
    const changes = changesInYear(ipm, 2024, ipmLike);
    expect(changes.get(code('61.11'))).toMatchObject({ from: { year: 2023 }, verdict: 'improving' });
    expect(changes.get(code('61.11'))!.delta).toBeCloseTo(0.95, 10);
    expect(changes.get(code('61.04'))).toMatchObject({
      from: { year: 2022, value: 67.92 },
      to: { year: 2024 },
    });
  });

  it('ignores later years, so the ranking of an earlier year shows the change into that year', () => {
    const changes = changesInYear([...ipm, o('61.11', 2022, 63.81)], 2023, ipmLike);
    expect(changes.get(code('61.11'))).toMatchObject({
      from: { year: 2022 },
      to: { year: 2023, value: 64.79 },
    });
    expect(changes.has(code('61.04'))).toBe(false); // no value in 2023
  });

  it('calls a rise worse when lower is better, and gives nothing without an earlier value', () => {
    const poverty = [o('a', 2023, 9.13), o('a', 2024, 9.2), o('c', 2024, 5)];
    const changes = changesInYear(poverty, 2024, { polarity: 'lower-is-better', decimals: 2 });
    expect(changes.get(code('a'))?.verdict).toBe('worsening');
    expect(changes.has(code('c'))).toBe(false);
  });
});
