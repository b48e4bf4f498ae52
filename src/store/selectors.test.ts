import { describe, expect, it } from 'vitest';
import type { Indicator } from '../domain/indicator';
import type { Observation } from '../domain/observation';
import type { RegionCode } from '../domain/region';
import { effectiveIndicator, effectiveYear, yearsWithData } from './selectors';

const indicators = [{ id: 'poverty-rate' }, { id: 'ipm' }] as Indicator[];
const obs = (year: number, value: number | null): Observation => ({
  region: '61.11' as RegionCode,
  year,
  value,
});

describe('effectiveIndicator', () => {
  it('keeps a known choice and falls back to IPM for an unknown one', () => {
    expect(effectiveIndicator('poverty-rate', indicators)?.id).toBe('poverty-rate');
    expect(effectiveIndicator('nonexistent', indicators)?.id).toBe('ipm');
    expect(effectiveIndicator(null, [{ id: 'area' } as Indicator])?.id).toBe('area');
    expect(effectiveIndicator(null, [])).toBeUndefined();
  });
});

describe('effectiveYear', () => {
  const observations = [obs(2021, 9), obs(2024, 8.84), obs(2025, null)];

  it('lists only years with a value, newest first', () => {
    expect(yearsWithData(observations)).toEqual([2024, 2021]);
  });

  it('keeps a year with data and otherwise takes the newest', () => {
    expect(effectiveYear(2021, observations)).toBe(2021);
    expect(effectiveYear(2025, observations)).toBe(2024);
    expect(effectiveYear(null, observations)).toBe(2024);
  });

  it('prefers the year with the most values over a newer year with one', () => {
    const sparse = [obs(2023, 3.1), { ...obs(2023, 2.5), region: '61' as RegionCode }, obs(2025, 2.9)];
    expect(effectiveYear(null, sparse)).toBe(2023);
  });
});
