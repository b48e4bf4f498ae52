import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { nextBand, toProfileModel } from './profile-model';

const region = (code: string, name: string, level: Region['level'], parent: string | null): Region => ({
  code: code as RegionCode,
  name,
  level,
  parent: parent as RegionCode | null,
  kind: level === 'country' ? 'negara' : level === 'province' ? 'provinsi' : 'kabupaten',
});
const regions = [
  region('ID', 'Indonesia', 'country', null),
  region('61', 'Kalimantan Barat', 'province', 'ID'),
  region('61.04', 'Kabupaten Ketapang', 'regency', '61'),
  region('61.11', 'Kabupaten Kayong Utara', 'regency', '61'),
  region('61.71', 'Kota Pontianak', 'regency', '61'),
  region('61.72', 'Kota Singkawang', 'regency', '61'),
];
const index = indexRegions(regions);
const o = (
  code: string,
  year: number,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  region: code as RegionCode,
  year,
  value,
  ...extra,
});
const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: { id, en: id },
  unit: { id: 'indeks', en: 'index' },
  polarity: 'higher-is-better',
  category: 'society',
  decimals: 2,
  description: { id: '', en: '' },
  source: { name: 'BPS' },
  ...extra,
});
const ipm = indicator('ipm', {
  bands: [
    { from: null, to: 60, label: { id: 'Rendah', en: 'Low' } },
    { from: 60, to: 70, label: { id: 'Sedang', en: 'Medium' } },
    { from: 70, to: 80, label: { id: 'Tinggi', en: 'High' } },
    { from: 80, to: null, label: { id: 'Sangat tinggi', en: 'Very high' } },
  ],
});
// BPS IPM 2023–2024; Singkawang gets Ketapang's 2024 value to make a tie.
const ipmObservations = [
  o('ID', 2024, 74.2),
  o('61', 2023, 69.41),
  o('61', 2024, 70.13),
  o('61.04', 2024, 69.42),
  o('61.11', 2023, 64.79),
  o('61.11', 2024, 65.74),
  o('61.71', 2024, 81.57),
  o('61.72', 2024, 69.42),
];

function model(code: string, indicators: Indicator[], byId: Record<string, Observation[]>) {
  return toProfileModel({
    region: index.byCode.get(code as RegionCode)!,
    indicators,
    observationsById: new Map(Object.entries(byId)),
    targetsById: new Map(),
    index,
  });
}

describe('toProfileModel', () => {
  it('gives a regency its value, change, class, ranks within province and level, benchmarks and peers', () => {
    const row = model('61.11', [ipm], { ipm: ipmObservations }).rows[0]!;
    expect(row.latest?.value).toBe(65.74);
    expect(row.change?.delta).toBeCloseTo(0.95, 10);
    expect(row.band?.band.label.id).toBe('Sedang');
    expect(row.parentRank).toEqual({ rank: 4, of: 4 });
    expect(row.levelRank).toEqual({ rank: 4, of: 4 });
    expect(row.levelQuartile).toBe(4);
    expect(row.parent?.observation?.value).toBe(70.13);
    expect(row.country?.observation?.value).toBe(74.2);
    expect(row.peers.map((p) => p.code)).toEqual(['61.04', '61.11', '61.71', '61.72']);
    expect(row.facts).toMatchObject({ previous: { year: 2023, value: 64.79 }, benchmark: { value: 70.13 } });
    expect(row.assessment.group).toBe('attention');
  });

  it('lets tied regencies share a rank', () => {
    const row = model('61.72', [ipm], { ipm: ipmObservations }).rows[0]!;
    expect(row.parentRank).toEqual({ rank: 2, of: 4 });
  });

  it('compares a province with Indonesia and gives it no rank within a parent', () => {
    const row = model('61', [ipm], { ipm: ipmObservations }).rows[0]!;
    expect(row.parentRank).toBeUndefined();
    expect(row.levelRank).toEqual({ rank: 1, of: 1 });
    expect(row.parent?.region.code).toBe('ID');
    expect(row.country).toBeUndefined();
    expect(row.peers).toEqual([{ code: '61', value: 70.13 }]);
  });

  it('ranks nothing for Indonesia or for a neutral indicator', () => {
    expect(model('ID', [ipm], { ipm: ipmObservations }).rows[0]!.levelRank).toBeUndefined();
    const population = indicator('population', { polarity: 'neutral', category: 'demography', decimals: 0 });
    const row = model('61.11', [population], { population: [o('61.11', 2025, 126_898), o('61.04', 2025, 1)] })
      .rows[0]!;
    expect(row.levelRank).toBeUndefined();
    expect(row.parentRank).toBeUndefined();
    expect(row.assessment.group).toBe('none');
  });

  it('groups by dimension in catalogue order and calls a region with little data sparse', () => {
    const others = ['a', 'b', 'c', 'd'].map((id) => indicator(id, { category: 'governance' }));
    const m = model('61.11', [ipm, ...others], { ipm: ipmObservations });
    expect(m.groups.map((g) => [g.category, g.rows.length])).toEqual([
      ['governance', 4],
      ['society', 1],
    ]);
    expect(m.withData).toBe(1);
    expect(m.sparse).toBe(true); // 1 of 5 < 1.25
    expect(model('61.11', [ipm], { ipm: ipmObservations }).sparse).toBe(false);
  });

  it('keeps a category-only value (a zone) and stops judging an older number under it', () => {
    const ombudsman = indicator('ombudsman-score', {
      category: 'governance',
      categories: [
        { id: 'merah', label: { id: 'Zona merah', en: 'Red zone' }, order: 0 },
        { id: 'hijau', label: { id: 'Zona hijau', en: 'Green zone' }, order: 2 },
      ],
    });
    const observations = [
      o('61.11', 2019, 52.93),
      o('61', 2019, 78.63),
      o('61.04', 2019, 60),
      o('61.71', 2019, 90),
      o('61.72', 2019, 70),
      o('61.11', 2024, null, { category: 'hijau' }),
    ];
    const row = model('61.11', [ombudsman], { 'ombudsman-score': observations }).rows[0]!;
    expect(row.latest?.year).toBe(2019);
    expect(row.latestCategory?.category).toBe('hijau');
    expect(row.superseded).toBe(true);
    expect(row.assessment.group).toBe('none');
  });
});

describe('nextBand', () => {
  it('names the next class up and the distance to its threshold: 65.74 is 4.26 from Tinggi at 70', () => {
    const row = model('61.11', [ipm], { ipm: ipmObservations }).rows[0]!;
    const next = nextBand(row.band!, 65.74, 'higher-is-better')!;
    expect(next.band.label.id).toBe('Tinggi');
    expect(next.threshold).toBe(70);
    expect(next.distance).toBeCloseTo(4.26, 10);
    expect(nextBand({ ...row.band!, index: 3 }, 85, 'higher-is-better')).toBeUndefined();
  });

  it('goes down the scale when lower is better', () => {
    const bands = [
      { from: null, to: 5, label: { id: 'Rendah', en: 'Low' } },
      { from: 5, to: 10, label: { id: 'Sedang', en: 'Medium' } },
    ];
    const next = nextBand({ band: bands[1]!, bands, index: 1 }, 8.84, 'lower-is-better')!;
    expect(next.band.label.id).toBe('Rendah');
    expect(next.threshold).toBe(5);
    expect(next.distance).toBeCloseTo(3.84, 10);
  });
});
