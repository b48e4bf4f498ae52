import type { LocalizedText } from '../../localized';
import type { NeedIndicatorId } from '../needs/need-rule';

export type PlainLabel = 'utama' | 'kuat' | 'potensial' | 'khas' | 'bukan';

export const PLAIN_LABELS: Readonly<Record<PlainLabel, LocalizedText>> = {
  utama: { id: 'Kekuatan utama', en: 'Main strength' },
  kuat: { id: 'Kekuatan', en: 'Strength' },
  potensial: { id: 'Berpotensi', en: 'Potential' },
  khas: { id: 'Kekuatan khas', en: 'Distinctive strength' },
  bukan: { id: 'Belum jadi kekuatan', en: 'Not yet a strength' },
};

/** How a reason names each need indicator (with its unit where it helps). */
export const NEED_NAMES: Readonly<Record<NeedIndicatorId, LocalizedText>> = {
  'poverty-rate': { id: 'persentase penduduk miskin (%)', en: 'the poverty rate (%)' },
  'unemployment-rate': { id: 'tingkat pengangguran terbuka (%)', en: 'open unemployment (%)' },
  'poverty-gap-index': { id: 'indeks kedalaman kemiskinan', en: 'the poverty gap index' },
  'adjusted-expenditure': {
    id: 'pengeluaran per kapita disesuaikan (ribu Rp)',
    en: 'adjusted per-capita spending (thousand Rp)',
  },
  'expected-years-schooling': { id: 'harapan lama sekolah (tahun)', en: 'expected years of schooling' },
  'mean-years-schooling': { id: 'rata-rata lama sekolah (tahun)', en: 'mean years of schooling' },
  'life-expectancy': { id: 'umur harapan hidup (tahun)', en: 'life expectancy (years)' },
  'improved-sanitation': {
    id: 'rumah tangga dengan sanitasi layak (%)',
    en: 'households with improved sanitation (%)',
  },
  'improved-drinking-water': {
    id: 'rumah tangga dengan air minum layak (%)',
    en: 'households with improved drinking water (%)',
  },
};
