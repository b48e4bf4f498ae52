import type { Observation } from '../../observation';
import type { Region, RegionCode } from '../../region';
import { rankRegions, type Rank } from '../ranking/rank-regions';
import {
  ipmIndices,
  weakestDimension,
  type IpmComponents,
  type IpmDimension,
  type IpmIndices,
} from './ipm-indices';

/** The bundled indicator behind each IPM component. */
export const IPM_COMPONENT_INDICATORS: Readonly<Record<keyof IpmComponents, string>> = {
  lifeExpectancy: 'life-expectancy',
  expectedSchooling: 'expected-years-schooling',
  meanSchooling: 'mean-years-schooling',
  expenditure: 'adjusted-expenditure',
};

const COMPONENT_KEYS = Object.keys(IPM_COMPONENT_INDICATORS) as (keyof IpmComponents)[];

/** Every region with all four components in `year`. */
export function componentsInYear(
  observationsById: ReadonlyMap<string, readonly Observation[]>,
  year: number,
): Map<RegionCode, IpmComponents> {
  const partial = new Map<RegionCode, Partial<IpmComponents>>();
  for (const key of COMPONENT_KEYS) {
    for (const o of observationsById.get(IPM_COMPONENT_INDICATORS[key]) ?? []) {
      if (o.year !== year || o.value === null) continue;
      partial.set(o.region, { ...partial.get(o.region), [key]: o.value });
    }
  }
  const complete = new Map<RegionCode, IpmComponents>();
  for (const [code, c] of partial) {
    if (COMPONENT_KEYS.every((k) => c[k] !== undefined)) complete.set(code, c as IpmComponents);
  }
  return complete;
}

/** The newest year in which the region has all four components. */
function newestCompleteYear(
  observationsById: ReadonlyMap<string, readonly Observation[]>,
  code: RegionCode,
): number | undefined {
  const yearSets = COMPONENT_KEYS.map(
    (k) =>
      new Set(
        (observationsById.get(IPM_COMPONENT_INDICATORS[k]) ?? [])
          .filter((o) => o.region === code && o.value !== null)
          .map((o) => o.year),
      ),
  );
  const common = [...yearSets[0]!].filter((y) => yearSets.every((s) => s.has(y)));
  return common.length > 0 ? Math.max(...common) : undefined;
}

export interface IpmDecomposition {
  year: number;
  components: IpmComponents;
  indices: IpmIndices;
  weakest: {
    dimension: IpmDimension;
    index: number;
    /** Among the regions of the same province with all four components that year; higher index is better. */
    rankInParent: Rank | undefined;
  };
}

/** Where the region's IPM comes from, and which dimension holds it back most; undefined without components. */
export function decomposeIpm(
  region: Pick<Region, 'code' | 'parent'>,
  observationsById: ReadonlyMap<string, readonly Observation[]>,
  parentOf: (code: RegionCode) => RegionCode | null | undefined,
): IpmDecomposition | undefined {
  const year = newestCompleteYear(observationsById, region.code);
  if (year === undefined) return undefined;
  const all = componentsInYear(observationsById, year);
  const components = all.get(region.code)!;
  const indices = ipmIndices(components);
  const dimension = weakestDimension(indices);
  let rankInParent: Rank | undefined;
  if (region.parent) {
    const siblings: Observation[] = [...all]
      .filter(([code]) => parentOf(code) === region.parent)
      .map(([code, c]) => ({ region: code, year, value: ipmIndices(c)[dimension] }));
    rankInParent = rankRegions(siblings, 'higher-is-better').get(region.code);
  }
  return { year, components, indices, weakest: { dimension, index: indices[dimension], rankInParent } };
}
