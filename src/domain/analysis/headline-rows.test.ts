import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicator';
import type { Observation } from '../observation';
import type { Region, RegionCode } from '../region';
import { toHeadlineRows } from './headline-rows';

const code = (c: string) => c as RegionCode;
const kayong: Region = {
  code: code('61.11'),
  name: 'Kabupaten Kayong Utara',
  level: 'regency',
  parent: code('61'),
  kind: 'kabupaten',
};
const poverty = { id: 'poverty-rate', polarity: 'lower-is-better' } as Indicator;
const population = { id: 'population', polarity: 'neutral' } as Indicator;
const spbe = { id: 'spbe-index', polarity: 'higher-is-better' } as Indicator;
const o = (region: string, year: number, value: number | null): Observation => ({
  region: code(region),
  year,
  value,
});
const levelOf = (c: RegionCode) => (c.includes('.') ? 'regency' : c === 'ID' ? 'country' : 'province');

describe('toHeadlineRows', () => {
  const rows = toHeadlineRows(
    kayong,
    [poverty, population, spbe],
    new Map([
      [
        'poverty-rate',
        [o('61.11', 2023, 9.13), o('61.11', 2024, 8.84), o('61.04', 2024, 8.5), o('61', 2024, 1)],
      ],
      ['population', [o('61.11', 2025, 126898), o('61.04', 2025, 600000)]],
      ['spbe-index', [o('61.11', 2024, null)]],
    ]),
    levelOf,
  );

  it('takes the newest value and ranks it among regencies only', () => {
    expect(rows[0]?.latest?.value).toBe(8.84);
    expect(rows[0]?.rank).toEqual({ rank: 2, of: 2 });
  });

  it('gives a neutral indicator no rank', () => {
    expect(rows[1]?.latest?.value).toBe(126898);
    expect(rows[1]?.rank).toBeUndefined();
  });

  it('shows a known gap as no value rather than zero', () => {
    expect(rows[2]?.latest).toBeUndefined();
    expect(rows[2]?.rank).toBeUndefined();
  });
});
