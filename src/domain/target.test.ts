import { describe, expect, it } from 'vitest';
import type { RegionCode } from './region';
import { assessTarget, targetsOf, type Target } from './target';

const KAYONG = '61.11' as RegionCode;
const t = (year: number, value: number, region = KAYONG): Target => ({ region, year, value });
// Kayong Utara's IPM (BPS var 413) and poverty rate; the targets are made up for the test.
const ipm = [
  { year: 2023, value: 64.79 },
  { year: 2024, value: 65.74 },
];
const poverty = [
  { year: 2023, value: 9.13 },
  { year: 2024, value: 8.84 },
];

describe('assessTarget', () => {
  it('judges a target for the newest year as met or missed, with the gap still to go', () => {
    expect(assessTarget([t(2024, 65)], KAYONG, ipm, 'higher-is-better')).toMatchObject({
      status: 'met',
      valueYear: 2024,
    });
    const missed = assessTarget([t(2024, 66)], KAYONG, ipm, 'higher-is-better')!;
    expect(missed.status).toBe('missed');
    expect(missed.gap).toBeCloseTo(0.26, 10);
  });

  it('projects the last yearly change to a target ahead: +0.95 a year reaches 67.5 by 2026 but not 68', () => {
    // 65.74 + 2 × 0.95 = 67.64
    expect(assessTarget([t(2026, 67.5)], KAYONG, ipm, 'higher-is-better')?.status).toBe('on-track');
    const off = assessTarget([t(2026, 68)], KAYONG, ipm, 'higher-is-better')!;
    expect(off.status).toBe('off-track');
    expect(off.gap).toBeCloseTo(2.26, 10);
  });

  it('reads lower-is-better targets downwards: −0.29 a year reaches 8.3 by 2026 but not 8.2', () => {
    // 8.84 − 2 × 0.29 = 8.26
    expect(assessTarget([t(2026, 8.3)], KAYONG, poverty, 'lower-is-better')?.status).toBe('on-track');
    expect(assessTarget([t(2026, 8.2)], KAYONG, poverty, 'lower-is-better')?.status).toBe('off-track');
    expect(assessTarget([t(2024, 9)], KAYONG, poverty, 'lower-is-better')?.status).toBe('met');
  });

  it('says unknown for a target ahead when one year gives no pace, and ignores other regions', () => {
    const one = [{ year: 2024, value: 65.74 }];
    expect(assessTarget([t(2026, 70)], KAYONG, one, 'higher-is-better')?.status).toBe('unknown');
    expect(
      assessTarget([t(2026, 70, '61.04' as RegionCode)], KAYONG, ipm, 'higher-is-better'),
    ).toBeUndefined();
  });

  it('falls back to the newest past target that has a value in its year, and skips neutral indicators', () => {
    expect(assessTarget([t(2023, 65)], KAYONG, ipm, 'higher-is-better')).toMatchObject({
      status: 'missed',
      valueYear: 2023,
      value: 64.79,
    });
    expect(assessTarget([t(2024, 65)], KAYONG, ipm, 'neutral')).toBeUndefined();
  });
});

describe('targetsOf', () => {
  it('keys one region’s targets by year', () => {
    const map = targetsOf([t(2025, 66), t(2026, 67), t(2026, 1, '61' as RegionCode)], KAYONG);
    expect([...map.keys()]).toEqual([2025, 2026]);
    expect(map.get(2026)?.value).toBe(67);
  });
});
