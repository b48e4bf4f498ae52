import {
  classify,
  classIndexOf,
  type ClassMethod,
  type ValueClass,
} from '../../domain/analysis/classes/classify';
import {
  observationsInYear,
  rankRegions,
  rankWithinLevel,
  type Rank,
} from '../../domain/analysis/ranking/rank-regions';
import { categoryColors } from '../../components/provenance/category-colors';
import { bandsForYear, categoryOf, type Category, type Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { RegionCode, RegionLevel } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { classColors, NO_DATA_COLOR } from './legend/palette';

export interface LegendClass extends ValueClass {
  color: string;
  count: number;
}

/** A published category (an Ombudsman zone) and how many regions have only it, no number. */
export interface LegendCategory {
  category: Category;
  color: string;
  count: number;
}

export interface RegionCategory {
  observation: Observation & { value: null };
  category: Category;
}

export interface RegionValue {
  observation: Observation & { value: number };
  rank: Rank;
  classIndex: number;
}

export interface ChoroplethModel {
  method: ClassMethod;
  classes: LegendClass[];
  /** The indicator's categories, best first like the classes, with the regions that have only a category. */
  categories: LegendCategory[];
  /** Regions at the level with neither a value nor a category this year. */
  noData: RegionCode[];
  values: ReadonlyMap<RegionCode, RegionValue>;
  /** Regions with a published category and no number: drawn in the category's colour, never ranked. */
  categoryOnly: ReadonlyMap<RegionCode, RegionCategory>;
  colorOf(code: RegionCode): string;
  /** True when some values sit on pre-2022 Papua boundaries. */
  mixesBoundaries: boolean;
}

interface ChoroplethInput {
  indicator: Indicator;
  observations: readonly Observation[];
  year: number;
  level: Exclude<RegionLevel, 'country'>;
  index: RegionIndex;
  method: ClassMethod;
}

/** The methods that make sense for an indicator: official bands only where it has them for the year. */
export function availableMethods(indicator: Indicator, year: number): ClassMethod[] {
  const methods: ClassMethod[] = ['quantile', 'equal', 'jenks'];
  return bandsForYear(indicator, year) ? [...methods, 'official'] : methods;
}

/** Everything the map, legend and table need, from one indicator-year at one level. */
export function toChoropleth({
  indicator,
  observations,
  year,
  level,
  index,
  method,
}: ChoroplethInput): ChoroplethModel {
  const atLevel = index.atLevel(level);
  const inLevel = (code: RegionCode) => index.levelOf(code) === level;
  const yearRows = observationsInYear(observations, year).filter(
    (o): o is Observation & { value: number } => o.value !== null && inLevel(o.region),
  );
  const bands = bandsForYear(indicator, year);
  const usable = method === 'official' && !bands ? 'quantile' : method;
  const valueClasses = classify(
    yearRows.map((o) => o.value),
    usable,
    5,
    bands,
  );
  const colors = classColors(indicator.polarity, valueClasses.length);
  const ranks = rankRegions(yearRows, indicator.polarity);

  const values = new Map<RegionCode, RegionValue>();
  const counts = valueClasses.map(() => 0);
  for (const observation of yearRows) {
    const classIndex = classIndexOf(valueClasses, observation.value);
    if (classIndex >= 0) counts[classIndex]! += 1;
    values.set(observation.region, { observation, rank: ranks.get(observation.region)!, classIndex });
  }
  const classes = valueClasses.map((c, i) => ({ ...c, color: colors[i]!, count: counts[i]! }));

  const categoryOnly = new Map<RegionCode, RegionCategory>();
  for (const observation of observationsInYear(observations, year)) {
    const category = categoryOf(indicator, observation);
    if (observation.value !== null || !category || !inLevel(observation.region)) continue;
    categoryOnly.set(observation.region, { observation: { ...observation, value: null }, category });
  }
  const palette = categoryColors(indicator);
  const categories = [...(indicator.categories ?? [])]
    .sort((a, b) => b.order - a.order)
    .map((category) => ({
      category,
      color: palette.get(category.id)!,
      count: [...categoryOnly.values()].filter((c) => c.category.id === category.id).length,
    }));
  const colorOfCategory = new Map(categories.map((c) => [c.category.id, c.color]));

  return {
    method: usable,
    classes,
    categories,
    noData: atLevel.filter((r) => !values.has(r.code) && !categoryOnly.has(r.code)).map((r) => r.code),
    values,
    categoryOnly,
    colorOf: (code) => {
      const value = values.get(code);
      if (value && value.classIndex >= 0) return classes[value.classIndex]!.color;
      const category = categoryOnly.get(code);
      return category ? colorOfCategory.get(category.category.id)! : NO_DATA_COLOR;
    },
    mixesBoundaries: [...yearRows, ...[...categoryOnly.values()].map((c) => c.observation)].some((o) =>
      o.flags?.includes('old-boundary'),
    ),
  };
}

/**
 * The value of a region that is not on the current map level (a province picked while the map shows
 * regencies): ranked among its own level, with no colour class.
 */
export function valueAtOwnLevel(
  code: RegionCode,
  indicator: Indicator,
  observations: readonly Observation[],
  year: number,
  index: RegionIndex,
): RegionValue | undefined {
  const own = observationsInYear(observations, year).find((o) => o.region === code);
  const rank = rankWithinLevel(observations, year, code, indicator.polarity, index.levelOf);
  if (!own || own.value === null || !rank) return undefined;
  return { observation: own as Observation & { value: number }, rank, classIndex: -1 };
}

/** A category-only row of a region at any level (a zone-only province picked on the regency map). */
export function categoryAtOwnLevel(
  code: RegionCode,
  indicator: Indicator,
  observations: readonly Observation[],
  year: number,
): RegionCategory | undefined {
  const own = observationsInYear(observations, year).find((o) => o.region === code);
  const category = own ? categoryOf(indicator, own) : undefined;
  if (!own || own.value !== null || !category) return undefined;
  return { observation: { ...own, value: null }, category };
}
