import { describe, expect, it } from 'vitest';
import { bandOf, bandsForYear, type Indicator } from './indicator';

const zone = (id: string) => ({ id, en: id });
const ombudsman = {
  bands: undefined,
  bandSets: [
    {
      fromYear: 2018,
      toYear: 2021,
      method: zone('lama'),
      bands: [{ from: 81, to: null, label: zone('hijau') }],
    },
    {
      fromYear: 2022,
      toYear: null,
      method: zone('opini'),
      bands: [{ from: 88, to: null, label: zone('A') }],
    },
  ],
} as unknown as Indicator;

describe('bandsForYear', () => {
  it('uses the classes of the method in force that year, never mixing methods', () => {
    expect(bandsForYear(ombudsman, 2021)?.[0]?.label.id).toBe('hijau');
    expect(bandsForYear(ombudsman, 2024)?.[0]?.label.id).toBe('A');
    expect(bandsForYear(ombudsman, 2010)).toBeUndefined();
  });
});

describe('bandOf', () => {
  it('includes the lower edge and excludes the upper one', () => {
    const bands = [
      { from: null, to: 1.8, label: zone('Kurang') },
      { from: 1.8, to: 2.6, label: zone('Cukup') },
    ];
    expect(bandOf(bands, 1.8)?.label.id).toBe('Cukup');
    expect(bandOf(bands, 1.79)?.label.id).toBe('Kurang');
    expect(bandOf(bands, 2.6)).toBeUndefined();
  });
});
