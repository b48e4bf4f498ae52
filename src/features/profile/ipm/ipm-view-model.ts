import {
  componentsInYear,
  decomposeIpm,
  IPM_COMPONENT_INDICATORS,
  type IpmDecomposition,
} from '../../../domain/analysis/ipm/ipm-decomposition';
import { ipmIndices, type IpmComponents, type IpmDimension } from '../../../domain/analysis/ipm/ipm-indices';
import type { Indicator } from '../../../domain/indicator';
import type { Observation } from '../../../domain/observation';
import type { Source } from '../../../domain/provenance';
import { COUNTRY_CODE, type Region } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';

/** Which components feed each dimension, in the order BPS lists them. */
export const DIMENSION_COMPONENTS: Readonly<Record<IpmDimension, (keyof IpmComponents)[]>> = {
  health: ['lifeExpectancy'],
  education: ['expectedSchooling', 'meanSchooling'],
  living: ['expenditure'],
};

/** One column of the comparison: the region, its province, Indonesia. */
export interface IpmColumn {
  region: Region;
  /** Dimension indices where the region has all four components that year; else a gap. */
  indices: Record<IpmDimension, number> | undefined;
  /** The published IPM (var 413) of that year, else a gap. */
  ipm: number | undefined;
}

export interface IpmView {
  region: Region;
  decomposition: IpmDecomposition;
  columns: IpmColumn[];
  /** The region's parent, for the rank sentence. */
  parent: Region | undefined;
  sources: Source[];
}

export interface IpmViewInput {
  region: Region;
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
  index: RegionIndex;
}

/** The IPM decomposition for the profile: undefined when the region has no components to decompose. */
export function toIpmView({
  region,
  indicators,
  observationsById,
  index,
}: IpmViewInput): IpmView | undefined {
  const decomposition = decomposeIpm(region, observationsById, (c) => index.byCode.get(c)?.parent);
  if (!decomposition) return undefined;
  const { year } = decomposition;
  const components = componentsInYear(observationsById, year);
  const published = observationsById.get('ipm') ?? [];
  const column = (r: Region): IpmColumn => {
    const own = components.get(r.code);
    const indices = own ? ipmIndices(own) : undefined;
    const ipm = published.find((o) => o.region === r.code && o.year === year)?.value ?? undefined;
    return {
      region: r,
      indices: indices && { health: indices.health, education: indices.education, living: indices.living },
      ipm: ipm ?? undefined,
    };
  };
  const parent = region.parent ? index.byCode.get(region.parent) : undefined;
  const country = index.byCode.get(COUNTRY_CODE);
  const benchmarks = [parent, country].filter(
    (r, i, all): r is Region => r !== undefined && r.code !== region.code && all.indexOf(r) === i,
  );
  const sourceIds = ['ipm', ...Object.values(IPM_COMPONENT_INDICATORS)];
  const sources = sourceIds.flatMap((id) => indicators.find((i) => i.id === id)?.source ?? []);
  return {
    region,
    decomposition,
    columns: [column(region), ...benchmarks.map(column)],
    parent,
    sources,
  };
}
