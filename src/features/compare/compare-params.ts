import * as z from 'zod/mini';
import { isRegionCode, type RegionCode } from '../../domain/region';

/** The compare view beyond the shared selection: scatter axes and the peer settings. */
export interface CompareView {
  x: string;
  y: string;
  /** Indicators the similar-regions search uses, in order. */
  similar: string[];
  /** The region peers and similar regions are found for; null: the first compared region. */
  peer: RegionCode | null;
}

export const DEFAULT_COMPARE_VIEW: CompareView = {
  x: 'ipm',
  y: 'poverty-rate',
  similar: ['population', 'ipm', 'poverty-rate'],
  peer: null,
};

const indicatorId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const schemas = {
  x: indicatorId,
  y: indicatorId,
  similar: z.pipe(
    z.pipe(
      z.string(),
      z.transform((list) => [...new Set(list.split(',').filter(Boolean))]),
    ),
    z.array(indicatorId).check(z.minLength(1), z.maxLength(8)),
  ),
  peer: z.pipe(
    z.string().check(z.refine(isRegionCode)),
    z.transform((c) => c as RegionCode),
  ),
};
export type CompareParam = keyof typeof schemas;

/** Reads the view from the address; a value that does not parse falls back to its default and is reported. */
export function parseCompareParams(params: URLSearchParams): { view: CompareView; rejected: CompareParam[] } {
  const view: CompareView = { ...DEFAULT_COMPARE_VIEW };
  const rejected: CompareParam[] = [];
  for (const key of Object.keys(schemas) as CompareParam[]) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = schemas[key].safeParse(raw);
    if (parsed.success) Object.assign(view, { [key]: parsed.data });
    else rejected.push(key);
  }
  return { view, rejected };
}

/**
 * Writes the view into a copy of `params`, leaving every other parameter alone; defaults are left out.
 * This page's parameters go first, the others follow in their order: the shape the app's URL sync writes,
 * so it finds nothing to rewrite.
 */
export function writeCompareParams(params: URLSearchParams, view: CompareView): URLSearchParams {
  const d = DEFAULT_COMPARE_VIEW;
  const similar = view.similar.join(',');
  const own: [CompareParam, string | null][] = [
    ['x', view.x === d.x ? null : view.x],
    ['y', view.y === d.y ? null : view.y],
    ['similar', similar === d.similar.join(',') ? null : similar],
    ['peer', view.peer],
  ];
  const next = new URLSearchParams();
  for (const [key, value] of own) if (value !== null) next.set(key, value);
  params.forEach((value, key) => {
    if (!(key in schemas)) next.append(key, value);
  });
  return next;
}
