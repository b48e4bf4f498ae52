import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../indicator';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import { changeSince, movementOf, verdictOf } from './change-since';

const KAYONG = '61.11' as RegionCode;
const o = (year: number, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  region: KAYONG,
  year,
  value,
  ...extra,
});
const ipm = { polarity: 'higher-is-better', decimals: 2 } as const;
const poverty = { polarity: 'lower-is-better', decimals: 2 } as const;

describe('changeSince', () => {
  it('measures Kayong Utara’s IPM from 64.79 (2023) to 65.74 (2024) as +0.95, improving', () => {
    const change = changeSince([o(2022, 63.81), o(2024, 65.74), o(2023, 64.79)], KAYONG, ipm)!;
    expect(change.from).toEqual({ year: 2023, value: 64.79 });
    expect(change.to).toEqual({ year: 2024, value: 65.74 });
    expect(change.delta).toBeCloseTo(0.95, 10);
    expect(change.movement).toBe('up');
    expect(change.verdict).toBe('improving');
    expect(change.incomparable).toBeUndefined();
  });

  it('reads a falling poverty rate as improving and a rising one as worsening', () => {
    expect(changeSince([o(2023, 9.13), o(2024, 8.84)], KAYONG, poverty)?.verdict).toBe('improving');
    expect(changeSince([o(2022, 9.04), o(2023, 9.13)], KAYONG, poverty)?.verdict).toBe('worsening');
  });

  it('skips a gap year and names the previous year that has a value', () => {
    const change = changeSince([o(2021, 62.9), o(2022, null), o(2023, 64.79)], KAYONG, ipm)!;
    expect(change.from.year).toBe(2021);
    expect(change.to.year).toBe(2023);
  });

  it('gives nothing with a single value, and ignores other regions', () => {
    const other: Observation = { region: '61' as RegionCode, year: 2023, value: 69.41 };
    expect(changeSince([o(2024, 65.74), other], KAYONG, ipm)).toBeUndefined();
  });

  it('says when the two years fall under different methods or boundaries', () => {
    const ombudsman = {
      polarity: 'higher-is-better',
      decimals: 2,
      bandSets: [
        { fromYear: 2018, toYear: 2021, method: { id: 'lama', en: 'old' }, bands: [] },
        { fromYear: 2022, toYear: 2024, method: { id: 'baru', en: 'new' }, bands: [] },
      ],
    } satisfies Pick<Indicator, 'polarity' | 'decimals' | 'bandSets'>;
    expect(changeSince([o(2021, 70), o(2022, 60)], KAYONG, ombudsman)?.incomparable).toBe('method');
    expect(changeSince([o(2022, 60), o(2023, 61)], KAYONG, ombudsman)?.incomparable).toBeUndefined();
    const papua = [o(2021, 26.86, { flags: ['old-boundary'] }), o(2022, 26.56)];
    expect(changeSince(papua, KAYONG, poverty)?.incomparable).toBe('boundary');
  });
});

describe('movementOf and verdictOf', () => {
  it('calls a change flat when it rounds to zero at the published precision', () => {
    expect(movementOf(0.004, 2)).toBe('flat');
    expect(movementOf(0.006, 2)).toBe('up');
    expect(movementOf(-0.4, 0)).toBe('flat');
    expect(movementOf(-0.6, 0)).toBe('down');
  });

  it.each([
    ['higher-is-better', 'up', 'improving'],
    ['higher-is-better', 'down', 'worsening'],
    ['higher-is-better', 'flat', 'stable'],
    ['lower-is-better', 'up', 'worsening'],
    ['lower-is-better', 'down', 'improving'],
    ['lower-is-better', 'flat', 'stable'],
    ['neutral', 'up', 'neutral'],
    ['neutral', 'down', 'neutral'],
    ['neutral', 'flat', 'neutral'],
  ] as const)('%s, %s → %s', (polarity, movement, verdict) => {
    expect(verdictOf(movement, polarity)).toBe(verdict);
  });
});
