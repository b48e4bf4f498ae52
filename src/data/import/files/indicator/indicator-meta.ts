import { INDICATOR_CATEGORIES, type IndicatorCategory, type Polarity } from '../../../../domain/indicator';

/** What the file or the form says about the indicator; an id of a bundled indicator adds to that one. */
export interface IndicatorMeta {
  id: string;
  name: string;
  unit: string;
  polarity: Polarity;
  category: IndicatorCategory;
  source: string;
  sourceUrl: string;
}

const POLARITIES: Record<string, Polarity> = {
  'naik-baik': 'higher-is-better',
  naik_baik: 'higher-is-better',
  'higher-is-better': 'higher-is-better',
  higher: 'higher-is-better',
  'turun-baik': 'lower-is-better',
  turun_baik: 'lower-is-better',
  'lower-is-better': 'lower-is-better',
  lower: 'lower-is-better',
  netral: 'neutral',
  neutral: 'neutral',
};

const CATEGORIES: Record<string, IndicatorCategory> = {
  'tata-kelola': 'governance',
  pemerintahan: 'governance',
  ekonomi: 'economy',
  masyarakat: 'society',
  sosial: 'society',
  'kualitas-hidup': 'living',
  lingkungan: 'environment',
  kependudukan: 'demography',
  'layanan-dasar': 'basic-services',
  ...Object.fromEntries(INDICATOR_CATEGORIES.map((c) => [c, c])),
};

/** "ekonomi", "economy", "smart economy" → 'economy'; null when not one of the dimensions. */
export function parseCategory(text: string): IndicatorCategory | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^smart\s+/, '')
    .replace(/\s+/g, '-');
  return CATEGORIES[key] ?? null;
}

export function parsePolarity(text: string): Polarity | null {
  return POLARITIES[text.trim().toLowerCase().replace(/\s+/g, '-')] ?? null;
}

/** "Angka Harapan Hidup (Tahun)" → "angka-harapan-hidup-tahun": a usable indicator id. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
