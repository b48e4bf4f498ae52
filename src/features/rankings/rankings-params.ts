import * as z from 'zod/mini';
import {
  SORT_COLUMNS,
  type RankingFilter,
  type RankingSort,
} from '../../domain/analysis/ranking/rankings-table';
import type { RegionCode } from '../../domain/region';

/** The rankings view beyond the shared selection: sort, filters and search, each with a default. */
export interface RankingsView {
  sort: RankingSort;
  filter: RankingFilter;
}

/** Changes the view from its latest state, so quick successive changes build on each other. */
export type ViewUpdater = (update: (view: RankingsView) => RankingsView) => void;

export const DEFAULT_RANKINGS_VIEW: RankingsView = {
  sort: { column: 'rank', direction: 'asc' },
  filter: { province: null, kind: null, query: '' },
};

const schemas = {
  sort: z.enum(SORT_COLUMNS),
  dir: z.enum(['asc', 'desc']),
  province: z.pipe(
    z.string().check(z.regex(/^\d{2}$/)),
    z.transform((c) => c as RegionCode),
  ),
  kind: z.enum(['kabupaten', 'kota']),
  q: z.string().check(z.maxLength(60)),
};
export type RankingsParam = keyof typeof schemas;
export const RANKINGS_PARAMS = Object.keys(schemas) as RankingsParam[];

function parse<K extends RankingsParam>(params: URLSearchParams, key: K, rejected: RankingsParam[]) {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const parsed = schemas[key].safeParse(raw);
  if (!parsed.success) rejected.push(key);
  return parsed.success ? (parsed.data as z.infer<(typeof schemas)[K]>) : undefined;
}

/** Reads the view from the address; a value that does not parse falls back to its default and is reported. */
export function parseRankingsParams(params: URLSearchParams): {
  view: RankingsView;
  rejected: RankingsParam[];
} {
  const rejected: RankingsParam[] = [];
  const d = DEFAULT_RANKINGS_VIEW;
  const view: RankingsView = {
    sort: {
      column: parse(params, 'sort', rejected) ?? d.sort.column,
      direction: parse(params, 'dir', rejected) ?? d.sort.direction,
    },
    filter: {
      province: parse(params, 'province', rejected) ?? null,
      kind: parse(params, 'kind', rejected) ?? null,
      query: parse(params, 'q', rejected) ?? '',
    },
  };
  return { view, rejected };
}

/**
 * Writes the view into a copy of `params`, leaving every other parameter alone; defaults are left out.
 * This page's parameters go first, the others follow in their order: the shape the app's URL sync writes,
 * so it finds nothing to rewrite and the page renders once per change, not twice.
 */
export function writeRankingsParams(params: URLSearchParams, view: RankingsView): URLSearchParams {
  const d = DEFAULT_RANKINGS_VIEW;
  const own: [RankingsParam, string | null][] = [
    ['sort', view.sort.column === d.sort.column ? null : view.sort.column],
    ['dir', view.sort.direction === d.sort.direction ? null : view.sort.direction],
    ['province', view.filter.province],
    ['kind', view.filter.kind],
    // Not trimmed: the search box reads its value back from here, and a space typed between words must stay.
    ['q', view.filter.query.trim() === '' ? null : view.filter.query],
  ];
  const next = new URLSearchParams();
  for (const [key, value] of own) if (value !== null) next.set(key, value);
  params.forEach((value, key) => {
    if (!RANKINGS_PARAMS.includes(key as RankingsParam)) next.append(key, value);
  });
  return next;
}
