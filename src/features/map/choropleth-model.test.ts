import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { availableMethods, categoryAtOwnLevel, toChoropleth } from './choropleth-model';
import { NO_DATA_COLOR, classColors } from './legend/palette';

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

describe('toChoropleth with published categories', () => {
  const ombudsman = {
    id: 'ombudsman-score',
    polarity: 'higher-is-better',
    decimals: 2,
    categories: [
      { id: 'merah', label: { id: 'Zona merah', en: 'Red zone' }, order: 0 },
      { id: 'kuning', label: { id: 'Zona kuning', en: 'Yellow zone' }, order: 1 },
      { id: 'hijau', label: { id: 'Zona hijau', en: 'Green zone' }, order: 2 },
    ],
  } as Indicator;
  const zoned = [
    { ...o('61.01', 90.5), category: 'hijau' },
    { ...o('61.02', null), category: 'hijau' },
    { ...o('61.03', null), category: 'merah' },
    { ...o('61.04', null), category: 'hijau', year: 2023 },
    { ...o('61', null), category: 'kuning' },
  ];
  const model = toChoropleth({
    indicator: ombudsman,
    observations: zoned,
    year: 2024,
    level: 'regency',
    index,
    method: 'quantile',
  });

  it('draws a zone-only region in its zone colour and never gives it a value or a rank', () => {
    expect([...model.values.keys()]).toEqual(['61.01']);
    expect([...model.categoryOnly.keys()]).toEqual(['61.02', '61.03']);
    expect(model.categoryOnly.get('61.02' as RegionCode)?.observation.value).toBeNull();
    // Zones wear the colour they are named after: merah #d73027, kuning #fee08b, hijau #1a9850.
    expect(model.colorOf('61.02' as RegionCode)).toBe('#1a9850');
    expect(model.colorOf('61.03' as RegionCode)).toBe('#d73027');
    expect(model.values.get('61.01' as RegionCode)?.rank).toEqual({ rank: 1, of: 1 });
  });

  it('counts zone-only regions per zone, best first, and leaves only the rest as no data', () => {
    expect(model.categories.map((c) => [c.category.id, c.count])).toEqual([
      ['hijau', 1],
      ['kuning', 0],
      ['merah', 1],
    ]);
    expect(model.noData).toEqual(['61.04']);
    expect(model.classes.reduce((sum, c) => sum + c.count, 0)).toBe(1);
  });

  it('keeps the province zone to the province level', () => {
    const provinces = toChoropleth({
      indicator: ombudsman,
      observations: zoned,
      year: 2024,
      level: 'province',
      index,
      method: 'quantile',
    });
    expect([...provinces.categoryOnly.keys()]).toEqual(['61']);
    expect(provinces.colorOf('61' as RegionCode)).toBe('#fee08b');
    expect(provinces.noData).toEqual([]);
  });

  it('finds a zone-only province while the map shows regencies', () => {
    expect(categoryAtOwnLevel('61' as RegionCode, ombudsman, zoned, 2024)?.category.id).toBe('kuning');
    expect(categoryAtOwnLevel('61.01' as RegionCode, ombudsman, zoned, 2024)).toBeUndefined();
  });

  it('has no categories for an indicator without them', () => {
    const plain = toChoropleth({
      indicator: poverty,
      observations: [{ ...o('61.01', null), category: 'hijau' }],
      year: 2024,
      level: 'regency',
      index,
      method: 'quantile',
    });
    expect(plain.categories).toEqual([]);
    expect(plain.categoryOnly.size).toBe(0);
    expect(plain.noData).toContain('61.01');
  });
});

describe('availableMethods', () => {
  it('offers the official classes only where the indicator has bands for that year', () => {
    expect(availableMethods(poverty, 2024)).toEqual(['quantile', 'equal', 'jenks']);
    const spbe = { ...poverty, bands: [{ from: null, to: 1.8, label: { id: 'Kurang', en: 'Poor' } }] };
    expect(availableMethods(spbe, 2024)).toContain('official');
  });
});
