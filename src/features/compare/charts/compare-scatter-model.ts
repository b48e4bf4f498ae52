import type { Observation } from '../../../domain/observation';
import type { RegionCode, RegionLevel } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import { effectiveYear } from '../../../store/selectors';

export interface ScatterPoint {
  code: RegionCode;
  name: string;
  x: number;
  y: number;
}

export interface ScatterModel {
  xYear: number | undefined;
  yYear: number | undefined;
  /** Regions of the level with a value for both axes in their year. */
  others: ScatterPoint[];
  compared: ScatterPoint[];
  /** Compared regions without a value for one of the axes: named, not drawn. */
  missing: RegionCode[];
}

/** Values of one indicator at one level in the year with the most values there. */
export function valuesAtLevel(
  observations: readonly Observation[],
  level: RegionLevel,
  index: RegionIndex,
): { year: number | undefined; values: Map<RegionCode, number> } {
  const atLevel = observations.filter((o) => index.levelOf(o.region) === level);
  const year = effectiveYear(null, atLevel);
  const values = new Map<RegionCode, number>();
  for (const o of atLevel) if (o.year === year && o.value !== null) values.set(o.region, o.value);
  return { year, values };
}

/** Every region of the level as a point (x, y), the compared ones apart so they are drawn on top and labelled. */
export function toScatter(
  x: readonly Observation[],
  y: readonly Observation[],
  level: RegionLevel,
  index: RegionIndex,
  compared: readonly RegionCode[],
): ScatterModel {
  const xs = valuesAtLevel(x, level, index);
  const ys = valuesAtLevel(y, level, index);
  const others: ScatterPoint[] = [];
  const byCode = new Map<RegionCode, ScatterPoint>();
  for (const region of index.atLevel(level)) {
    const xv = xs.values.get(region.code);
    const yv = ys.values.get(region.code);
    if (xv === undefined || yv === undefined) continue;
    const point = { code: region.code, name: region.name, x: xv, y: yv };
    if (compared.includes(region.code)) byCode.set(region.code, point);
    else others.push(point);
  }
  const atLevel = compared.filter((c) => index.levelOf(c) === level);
  return {
    xYear: xs.year,
    yYear: ys.year,
    others,
    compared: atLevel.flatMap((c) => byCode.get(c) ?? []),
    missing: atLevel.filter((c) => !byCode.has(c)),
  };
}
