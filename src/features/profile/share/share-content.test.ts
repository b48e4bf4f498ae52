import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/indicator';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import { indexRegions } from '../../../domain/region-index';
import { profileEn, profileId } from '../../../i18n/features/profile';
import { createI18n, registerFeatureMessages } from '../../../i18n/setup-i18n';
import { formatNumber } from '../../../lib/format';
import { toProfileModel } from '../profile-model';
import { cleanShareUrl, toShareContent, whatsAppLink } from './share-content';

registerFeatureMessages('profile', { id: profileId, en: profileEn });

const region = (code: string, name: string, level: Region['level'], parent: string | null): Region => ({
  code: code as RegionCode,
  name,
  level,
  parent: parent as RegionCode | null,
  kind: level === 'country' ? 'negara' : level === 'province' ? 'provinsi' : 'kabupaten',
});
const index = indexRegions([
  region('ID', 'Indonesia', 'country', null),
  region('61', 'Kalimantan Barat', 'province', 'ID'),
  region('61.04', 'Kabupaten Ketapang', 'regency', '61'),
  region('61.11', 'Kabupaten Kayong Utara', 'regency', '61'),
  region('61.71', 'Kota Pontianak', 'regency', '61'),
]);
const ipm: Indicator = {
  id: 'ipm',
  name: { id: 'IPM', en: 'HDI' },
  unit: { id: 'indeks', en: 'index' },
  polarity: 'higher-is-better',
  category: 'society',
  decimals: 2,
  description: { id: '', en: '' },
  source: { name: 'BPS' },
  bands: [
    { from: null, to: 60, label: { id: 'Rendah', en: 'Low' } },
    { from: 60, to: 70, label: { id: 'Sedang', en: 'Medium' } },
    { from: 70, to: null, label: { id: 'Tinggi', en: 'High' } },
  ],
};
const o = (code: string, year: number, value: number): Observation => ({
  region: code as RegionCode,
  year,
  value,
});
const observations = [
  o('ID', 2024, 75.02),
  o('61', 2024, 70.13),
  o('61.04', 2024, 69.42),
  o('61.11', 2023, 64.79),
  o('61.11', 2024, 65.74),
  o('61.71', 2024, 81.57),
];

function shareOf(language: 'id' | 'en') {
  const model = toProfileModel({
    region: index.byCode.get('61.11' as RegionCode)!,
    indicators: [ipm],
    observationsById: new Map([['ipm', observations]]),
    targetsById: new Map(),
    index,
  });
  const t = createI18n(language).t as (key: string, options?: Record<string, unknown>) => string;
  const words = {
    t,
    language,
    value: (i: Indicator, v: number) => formatNumber(v, language, i.decimals),
    delta: (i: Indicator, d: number) => `+${formatNumber(d, language, i.decimals)}`,
  };
  const place = { origin: 'https://kinerja.example', pathname: '/region/61.11', host: 'kinerja.example' };
  return toShareContent(model.rows[0]!, model, words, place);
}

describe('toShareContent', () => {
  it('puts value, year, class, both ranks, province and Indonesia values and the source on the card', () => {
    const { card } = shareOf('id');
    expect(card).toMatchObject({
      region: 'Kabupaten Kayong Utara',
      value: '65,74',
      year: '2024',
      standing: 'Kelas: Sedang',
      ranks:
        'Peringkat 3 dari 3 kabupaten/kota di Kalimantan Barat · peringkat 3 dari 3 kabupaten/kota se-Indonesia',
      benchmarks: 'Pembanding 2024: Kalimantan Barat 70,13 · Indonesia 75,02',
      source: 'Sumber: BPS',
    });
  });

  it('writes one message with the same facts and the clean address of the region', () => {
    const { message } = shareOf('id');
    expect(message).toBe(
      'Kabupaten Kayong Utara — IPM 2024: 65,74 indeks (kelas Sedang; peringkat 3 dari 3 kabupaten/kota di ' +
        'Kalimantan Barat; peringkat 3 dari 3 kabupaten/kota se-Indonesia; +0,95 sejak 2023 · membaik). ' +
        'Pembanding 2024: Kalimantan Barat 70,13 · Indonesia 75,02. Sumber: BPS. https://kinerja.example/region/61.11',
    );
  });

  it('speaks English when the page does', () => {
    expect(shareOf('en').card.benchmarks).toBe('Benchmarks 2024: Kalimantan Barat 70.13 · Indonesia 75.02');
  });
});

describe('share addresses', () => {
  it('drops the query the page was opened with, so the region is not named twice', () => {
    expect(cleanShareUrl({ origin: 'https://a.example', pathname: '/region/61.11' })).toBe(
      'https://a.example/region/61.11',
    );
  });

  it('hands the whole message to WhatsApp, encoded', () => {
    expect(whatsAppLink('IPM 65,74 — lihat https://a.example/region/61.11')).toBe(
      'https://wa.me/?text=IPM%2065%2C74%20%E2%80%94%20lihat%20https%3A%2F%2Fa.example%2Fregion%2F61.11',
    );
  });
});
