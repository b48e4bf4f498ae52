import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { availableMethods, toChoropleth } from './choropleth-model';
import { NO_DATA_COLOR, classColors } from './palette';

const region = (code: string, level: Region['level']): Region => ({
  code: code as RegionCode,
  name: code,
  level,
  parent: level === 'regency' ? (code.slice(0, 2) as RegionCode) : ('ID' as RegionCode),
  kind: level === 'regency' ? 'kabupaten' : 'provinsi',
});
const index = indexRegions([
  region('61', 'province'),
  region('61.01', 'regency'),
  region('61.02', 'regency'),
  region('61.03', 'regency'),
  region('61.04', 'regency'),
]);
const poverty = { id: 'poverty-rate', polarity: 'lower-is-better', decimals: 2 } as Indicator;
const o = (region: string, value: number | null, year = 2024): Observation => ({
  region: region as RegionCode,
  year,
  value,
});
const observations = [
  o('61', 6.32),
  o('61.01', 4.2),
  o('61.02', 8.84),
  o('61.03', null),
  o('61.02', 1, 2023),
];

describe('toChoropleth', () => {
  const model = toChoropleth({
    indicator: poverty,
    observations,
    year: 2024,
    level: 'regency',
    index,
    method: 'equal',
  });

  it('colours only the chosen level and year, and counts the regions without data', () => {
    expect([...model.values.keys()]).toEqual(['61.01', '61.02']);
    expect(model.noData).toEqual(['61.03', '61.04']);
    expect(model.colorOf('61.03' as RegionCode)).toBe(NO_DATA_COLOR);
  });

  it('puts the lowest poverty in the "better" blue end and ranks it first', () => {
    const colors = classColors('lower-is-better', model.classes.length);
    expect(model.colorOf('61.01' as RegionCode)).toBe(colors[0]);
    expect(colors[0]).toBe(classColors('higher-is-better', model.classes.length).at(-1));
    expect(model.values.get('61.01' as RegionCode)?.rank).toEqual({ rank: 1, of: 2 });
    expect(model.classes.reduce((sum, c) => sum + c.count, 0)).toBe(2);
  });

  it('flags a year that mixes pre-2022 Papua boundaries', () => {
    const papua = [{ ...o('61', 26.03), flags: ['old-boundary' as const] }];
    const mixed = toChoropleth({
      indicator: poverty,
      observations: papua,
      year: 2024,
      level: 'province',
      index,
      method: 'quantile',
    });
    expect(mixed.mixesBoundaries).toBe(true);
    expect(model.mixesBoundaries).toBe(false);
  });
});

describe('availableMethods', () => {
  it('offers the official classes only where the indicator has bands for that year', () => {
    expect(availableMethods(poverty, 2024)).toEqual(['quantile', 'equal', 'jenks']);
    const spbe = { ...poverty, bands: [{ from: null, to: 1.8, label: { id: 'Kurang', en: 'Poor' } }] };
    expect(availableMethods(spbe, 2024)).toContain('official');
  });
});
