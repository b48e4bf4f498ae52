import { categoryOf, gradeOf, type Indicator } from '../../domain/indicator';
import { pickText, type Language } from '../../domain/localized';
import type { Observation } from '../../domain/observation';
import type { RegionIndex } from '../../domain/region-index';
import { toCsv, type CsvCell } from '../../lib/csv';

export const INDICATOR_CSV_HEADER = [
  'region_code',
  'region_name',
  'level',
  'year',
  'value',
  'unit',
  'source',
  'source_url',
  'note',
  'flags',
  'category',
  'grade',
] as const;

/**
 * Every observation of one indicator, one row each, gaps included as empty values. A zone-only row has
 * an empty value and its zone in `category`; `grade` is official / secondary / press, empty when not stated.
 * New columns go at the end so that files read by position keep working.
 */
export function indicatorToCsv(
  indicator: Indicator,
  observations: readonly Observation[],
  index: RegionIndex | null,
  language: Language,
): string {
  return toCsv(INDICATOR_CSV_HEADER, indicatorRows(indicator, observations, index, language), language);
}

/** The rows of the indicator's table, for the CSV and the .xlsx download alike. */
export function indicatorRows(
  indicator: Indicator,
  observations: readonly Observation[],
  index: RegionIndex | null,
  language: Language,
): CsvCell[][] {
  return [...observations]
    .sort((a, b) => a.region.localeCompare(b.region) || a.year - b.year)
    .map((o) => {
      const region = index?.byCode.get(o.region);
      const source = o.source ?? indicator.source;
      const category = categoryOf(indicator, o);
      return [
        o.region,
        region?.name ?? '',
        region?.level ?? '',
        o.year,
        o.value,
        pickText(indicator.unit, language),
        source.name,
        source.url ?? '',
        o.note ?? '',
        o.flags?.join(' ') ?? '',
        category ? pickText(category.label, language) : '',
        gradeOf(indicator, o) ?? '',
      ];
    });
}

export function indicatorCsvFilename(indicator: Indicator, language: Language): string {
  return `${indicatorFileStem(indicator, language)}.csv`;
}

export function indicatorFileStem(indicator: Indicator, language: Language): string {
  return `kinerja-daerah_${indicator.id}_${language}`;
}
