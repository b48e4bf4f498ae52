import { describe, expect, it } from 'vitest';
import type { Observation } from '../observation';
import type { RegionCode } from '../region';
import { changesSincePrevious } from './change-since-previous';

const o = (region: string, year: number, value: number | null): Observation => ({
  region: region as RegionCode,
  year,
  value,
});
const code = (c: string) => c as RegionCode;

describe('changesSincePrevious', () => {
  const ipm = [
    o('61.11', 2023, 64.79),
    o('61.11', 2024, 65.74),
    o('61.04', 2022, 67.92),
    o('61.04', 2023, null),
  ];

  it('rounds the change to the indicator decimals and calls a rise better when higher is better', () => {
    const changes = changesSincePrevious([...ipm, o('61.04', 2024, 69.42)], 2024, 'higher-is-better', 2);
    expect(changes.get(code('61.11'))).toEqual({
      delta: 0.95,
      fromYear: 2023,
      fromValue: 64.79,
      direction: 'better',
    });
  });

  it('skips a gap year and compares with the last year that has a value', () => {
    const changes = changesSincePrevious([...ipm, o('61.04', 2024, 69.42)], 2024, 'higher-is-better', 2);
    expect(changes.get(code('61.04'))).toMatchObject({ fromYear: 2022, delta: 1.5 });
  });

  it('calls a rise worse when lower is better, and equal values stable', () => {
    const poverty = [o('a', 2023, 9.13), o('a', 2024, 9.2), o('b', 2023, 4.45), o('b', 2024, 4.45)];
    const changes = changesSincePrevious(poverty, 2024, 'lower-is-better', 2);
    expect(changes.get(code('a'))?.direction).toBe('worse');
    expect(changes.get(code('b'))?.direction).toBe('stable');
  });

  it('says only up or down for a neutral indicator, and nothing without an earlier value', () => {
    const population = [o('a', 2023, 100), o('a', 2024, 90), o('c', 2024, 5)];
    const changes = changesSincePrevious(population, 2024, 'neutral', 0);
    expect(changes.get(code('a'))).toMatchObject({ delta: -10, direction: 'down' });
    expect(changes.has(code('c'))).toBe(false);
  });
});
