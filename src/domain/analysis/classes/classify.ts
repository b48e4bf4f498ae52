import { ckmeans, quantileSorted } from 'simple-statistics';
import type { Band } from '../../indicator';

import type { ClassMethod } from './class-method';

export type { ClassMethod };

/** One class of a map legend: `from` inclusive, `to` exclusive except for the last class. */
export interface ValueClass {
  from: number | null;
  to: number | null;
  band?: Band;
}

const uniqueSorted = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);

/** Splits values into at most k classes; fewer where the values do not allow k distinct classes. */
export function classify(
  values: readonly number[],
  method: ClassMethod,
  k = 5,
  bands?: readonly Band[],
): ValueClass[] {
  if (method === 'official') {
    if (!bands?.length) throw new Error('official classes need the indicator bands');
    return bands.map((band) => ({ from: band.from, to: band.to, band }));
  }
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const distinct = uniqueSorted(sorted);
  const classes = Math.min(k, distinct.length);
  if (classes <= 1) return [{ from: min, to: max }];

  let thresholds: number[];
  if (method === 'equal') {
    const step = (max - min) / classes;
    thresholds = Array.from({ length: classes - 1 }, (_, i) => min + step * (i + 1));
  } else if (method === 'jenks') {
    thresholds = ckmeans([...sorted], classes)
      .slice(1)
      .map((cluster) => cluster[0]!);
  } else {
    thresholds = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
  }
  const edges = uniqueSorted([min, ...thresholds.filter((t) => t > min && t <= max), max]);
  return edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]! }));
}

/** Index of the class a value falls in, or -1. The last class includes its upper edge. */
export function classIndexOf(classes: readonly ValueClass[], value: number): number {
  return classes.findIndex((c, i) => {
    const aboveFrom = c.from === null || value >= c.from;
    const last = i === classes.length - 1;
    const belowTo = c.to === null || value < c.to || (last && value <= c.to);
    return aboveFrom && belowTo;
  });
}
