import { describe, expect, it } from 'vitest';
import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import { decomposeIpm } from './ipm-decomposition';

const code = (c: string) => c as RegionCode;
const obs = (region: string, year: number, value: number | null): Observation => ({
  region: code(region),
  year,
  value,
});

/** Three Kalimantan Barat regencies (BPS 2024) and one of Kalimantan Tengah with better schooling. */
const byId = new Map<string, Observation[]>([
  [
    'life-expectancy',
    [obs('61.11', 2024, 69.51), obs('61.01', 2024, 70.11), obs('61.71', 2024, 74.15), obs('62.01', 2024, 70)],
  ],
  [
    'expected-years-schooling',
    [obs('61.11', 2024, 12.2), obs('61.01', 2024, 12.76), obs('61.71', 2024, 15.06), obs('62.01', 2024, 18)],
  ],
  [
    'mean-years-schooling',
    [obs('61.11', 2024, 6.54), obs('61.01', 2024, 6.76), obs('61.71', 2024, 10.47), obs('62.01', 2024, 15)],
  ],
  [
    'adjusted-expenditure',
    [
      obs('61.11', 2024, 9016),
      obs('61.01', 2024, 11538),
      obs('61.71', 2024, 16212),
      obs('62.01', 2024, 9000),
      obs('61.11', 2023, 8900),
    ],
  ],
]);
const parentOf = (c: RegionCode) => code(c.slice(0, 2));

describe('decomposeIpm', () => {
  it('names education as what holds Kayong Utara back, last of the three Kalbar regions', () => {
    const result = decomposeIpm({ code: code('61.11'), parent: code('61') }, byId, parentOf);
    expect(result?.year).toBe(2024);
    expect(Math.round(result!.indices.ipm * 100) / 100).toBe(65.74);
    expect(result?.weakest.dimension).toBe('education');
    expect(result?.weakest.index).toBeCloseTo(0.5569, 4);
    // Education: Kota Pontianak 0.7673, Sambas 0.5798, Kayong Utara 0.5569; 62.01 is another province.
    expect(result?.weakest.rankInParent).toEqual({ rank: 3, of: 3 });
  });

  it('uses the newest year with all four components, not a year with only spending', () => {
    const result = decomposeIpm({ code: code('61.11'), parent: code('61') }, byId, parentOf);
    expect(result?.components.expenditure).toBe(9016);
  });

  it('gives nothing for a region without components, such as a province', () => {
    expect(decomposeIpm({ code: code('61'), parent: code('ID') }, byId, parentOf)).toBeUndefined();
  });

  it('treats a null component as missing', () => {
    const withGap = new Map(byId);
    withGap.set('mean-years-schooling', [obs('61.11', 2024, null)]);
    expect(decomposeIpm({ code: code('61.11'), parent: code('61') }, withGap, parentOf)).toBeUndefined();
  });
});
