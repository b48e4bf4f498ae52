import { classify, classIndexOf, type ClassMethod, type ValueClass } from '../../domain/analysis/classify';
import {
  observationsInYear,
  rankRegions,
  rankWithinLevel,
  type Rank,
} from '../../domain/analysis/rank-regions';
import { bandsForYear, type Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { RegionCode, RegionLevel } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { classColors, NO_DATA_COLOR } from './palette';

export interface LegendClass extends ValueClass {
  color: string;
  count: number;
}

export interface RegionValue {
  observation: Observation & { value: number };
  rank: Rank;
  classIndex: number;
}

export interface ChoroplethModel {
  method: ClassMethod;
  classes: LegendClass[];
  /** Regions at the level with no value this year (no row, or a null). */
  noData: RegionCode[];
  values: ReadonlyMap<RegionCode, RegionValue>;
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
  return {
    method: usable,
    classes,
    noData: atLevel.filter((r) => !values.has(r.code)).map((r) => r.code),
    values,
    colorOf: (code) => {
      const value = values.get(code);
      return value && value.classIndex >= 0 ? classes[value.classIndex]!.color : NO_DATA_COLOR;
    },
    mixesBoundaries: yearRows.some((o) => o.flags?.includes('old-boundary')),
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
