import type { LocalizedText } from './localized';
import type { Source, SourceGrade } from './provenance';

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/** The six smart-city dimensions, plus the general government affairs an indicator may inform. */
export type IndicatorCategory =
  | 'governance'
  | 'basic-services'
  | 'branding'
  | 'economy'
  | 'living'
  | 'society'
  | 'environment'
  | 'demography';

export const INDICATOR_CATEGORIES: readonly IndicatorCategory[] = [
  'governance',
  'basic-services',
  'economy',
  'society',
  'living',
  'environment',
  'branding',
  'demography',
];

/** One official class, e.g. an SPBE predicate. `from` inclusive, `to` exclusive; null is open. */
export interface Band {
  from: number | null;
  to: number | null;
  label: LocalizedText;
}

/** A set of official classes that applies to a span of years (methods change). */
export interface BandSet {
  fromYear: number;
  toYear: number | null;
  method: LocalizedText;
  bands: Band[];
}

/**
 * A published category an observation may carry instead of (or beside) a value, e.g. "Zona hijau".
 * `order` runs from worst (0) upwards, so categories sort and colour by polarity without a number.
 */
export interface Category {
  id: string;
  label: LocalizedText;
  order: number;
}

export interface Indicator {
  id: string;
  name: LocalizedText;
  unit: LocalizedText;
  polarity: Polarity;
  category: IndicatorCategory;
  decimals: number;
  description: LocalizedText;
  source: Source;
  bands?: Band[];
  bandSets?: BandSet[];
  /** Categories observations may carry (`Observation.category`), worst first by `order`. */
  categories?: Category[];
  /** Plausible range; values outside it are rejected as invalid. */
  range?: { min: number | null; max: number | null };
  /** True where the bundled values are a stand-in sample, not the official table. */
  sample?: boolean;
  derived?: boolean;
}

/** A rank says better or worse; a neutral indicator (population, area) orders regions but ranks none. */
export function isRanked(indicator: Pick<Indicator, 'polarity'>): boolean {
  return indicator.polarity !== 'neutral';
}

export function bandSetForYear(indicator: Indicator, year: number): BandSet | undefined {
  return indicator.bandSets?.find((s) => year >= s.fromYear && (s.toYear === null || year <= s.toYear));
}

export function bandsForYear(indicator: Indicator, year: number): Band[] | undefined {
  return bandSetForYear(indicator, year)?.bands ?? indicator.bands;
}

export function bandOf(bands: readonly Band[], value: number): Band | undefined {
  return bands.find((b) => (b.from === null || value >= b.from) && (b.to === null || value < b.to));
}

export function categoryOf(
  indicator: Pick<Indicator, 'categories'>,
  observation: { category?: string },
): Category | undefined {
  return observation.category === undefined
    ? undefined
    : indicator.categories?.find((c) => c.id === observation.category);
}

/** The grade of the figure itself, else of the indicator's source; undefined when neither states one. */
export function gradeOf(
  indicator: Pick<Indicator, 'source'>,
  observation: { source?: Source },
): SourceGrade | undefined {
  return observation.source?.grade ?? indicator.source.grade;
}
