import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/observation';
import { findImplausible } from './find-implausible';

const obs = (region: string, year: number, value: number) =>
  ({ region, year, value, source: { name: 'x' } }) as Observation;
// Kayong Utara's bundled IPM: 2023 65,18 (hand-rounded test history) and 2024 65,74.
const official = [obs('61.11', 2023, 65.18), obs('61.11', 2024, 65.74)];

describe('findImplausible', () => {
  it('flags a value more than 10 % away from the official one of the same region and year', () => {
    expect(findImplausible([obs('61.11', 2024, 99.11)], official)).toEqual([
      {
        region: '61.11',
        year: 2024,
        imported: 99.11,
        official: 65.74,
        history: { min: 65.18, max: 65.74 },
        reason: 'far-from-official',
      },
    ]);
  });

  it('lets a small revision through (65,80 against 65,74)', () => {
    expect(findImplausible([obs('61.11', 2024, 65.8)], official)).toEqual([]);
  });

  it('checks a year without an official value against the region history', () => {
    // 65,18–65,74 with a 10 % margin of 6,574 reaches 72,31: 73 is outside, 70 is not.
    expect(findImplausible([obs('61.11', 2025, 73), obs('61.11', 2026, 70)], official)).toMatchObject([
      { year: 2025, official: null, reason: 'outside-history' },
    ]);
  });
});
