import * as z from 'zod/mini';
import type { AnalysisSettings, GrowthConvention } from '../../domain/sectors/analysis/analysis-settings';
import {
  DEFAULT_WEIGHTS,
  MAX_WEIGHT,
  PRIORITY_PARTS,
  type PriorityWeights,
} from '../../domain/sectors/priority';
import type { ReferenceKind } from '../../domain/sectors/measures/reference-economy';
import type { PriceBasis } from '../../domain/sectors/sector-value';

/** The sector view beyond the shared `region`: each parameter optional, with a documented default. */
export interface SectorsView {
  from?: number;
  to?: number;
  basis: PriceBasis;
  ref?: ReferenceKind;
  growth: GrowthConvention;
  weights: PriorityWeights;
  /** `q=2026Q1`: read that quarter as a structure snapshot (the default is annual, else the newest quarter). */
  quarter?: { year: number; quarter: number };
}

export const DEFAULT_SECTORS_VIEW: SectorsView = { basis: 'adhk', growth: 'cagr', weights: DEFAULT_WEIGHTS };

/** Short, stable URL words for the reference economies. */
const REF_WORDS: Record<string, ReferenceKind> = {
  provinces: 'provinces-sum',
  national: 'national',
  province: 'province',
  regencies: 'regencies-sum',
};
const WORD_OF = Object.fromEntries(Object.entries(REF_WORDS).map(([w, k]) => [k, w])) as Record<
  ReferenceKind,
  string
>;

const year = z.pipe(
  z.string().check(z.regex(/^\d{4}$/)),
  z.transform((y) => Number(y)),
);
const schemas = {
  from: year,
  to: year,
  basis: z.enum(['adhk', 'adhb']),
  ref: z.enum(Object.keys(REF_WORDS) as [string, ...string[]]),
  growth: z.enum(['cagr', 'mean']),
  q: z.pipe(
    z.string().check(z.regex(/^\d{4}Q[1-4]$/)),
    z.transform((text) => ({ year: Number(text.slice(0, 4)), quarter: Number(text.slice(5)) })),
  ),
  w: z.pipe(
    z.string().check(z.regex(new RegExp(`^\\d{1,3}(,\\d{1,3}){${PRIORITY_PARTS.length - 1}}$`))),
    z.transform((text) => text.split(',').map(Number)),
  ),
};
type SectorsParam = keyof typeof schemas;

function parse<K extends SectorsParam>(params: URLSearchParams, key: K, rejected: SectorsParam[]) {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const parsed = schemas[key].safeParse(raw);
  if (!parsed.success) rejected.push(key);
  return parsed.success ? (parsed.data as z.infer<(typeof schemas)[K]>) : undefined;
}

/** Reads the view; a value that does not parse falls back to its default and is reported. */
export function parseSectorsParams(params: URLSearchParams): { view: SectorsView; rejected: SectorsParam[] } {
  const rejected: SectorsParam[] = [];
  const d = DEFAULT_SECTORS_VIEW;
  const w = parse(params, 'w', rejected);
  let weights = d.weights;
  if (w) {
    if (w.some((x) => x > MAX_WEIGHT)) rejected.push('w');
    else weights = Object.fromEntries(PRIORITY_PARTS.map((p, i) => [p, w[i]!])) as PriorityWeights;
  }
  const from = parse(params, 'from', rejected);
  const to = parse(params, 'to', rejected);
  const ref = parse(params, 'ref', rejected);
  const quarter = parse(params, 'q', rejected);
  const view: SectorsView = {
    basis: parse(params, 'basis', rejected) ?? d.basis,
    growth: parse(params, 'growth', rejected) ?? d.growth,
    weights,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(ref !== undefined ? { ref: REF_WORDS[ref] } : {}),
    ...(quarter !== undefined ? { quarter } : {}),
  };
  return { view, rejected };
}

/** Writes the view into a copy of `params`, leaving every other parameter alone; defaults are left out. */
export function writeSectorsParams(params: URLSearchParams, view: SectorsView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: SectorsParam, value: string | undefined, fallback?: string) => {
    if (value === undefined || value === fallback) next.delete(key);
    else next.set(key, value);
  };
  const d = DEFAULT_SECTORS_VIEW;
  set('from', view.from?.toString());
  set('to', view.to?.toString());
  set('basis', view.basis, d.basis);
  set('ref', view.ref ? WORD_OF[view.ref] : undefined);
  set('growth', view.growth, d.growth);
  set('q', view.quarter ? `${view.quarter.year}Q${view.quarter.quarter}` : undefined);
  set(
    'w',
    PRIORITY_PARTS.map((p) => view.weights[p]).join(','),
    PRIORITY_PARTS.map((p) => d.weights[p]).join(','),
  );
  return next;
}

export function toAnalysisSettings(view: SectorsView): AnalysisSettings {
  return {
    basis: view.basis,
    growth: view.growth,
    from: view.from,
    to: view.to,
    ref: view.ref,
    ...(view.quarter ? { quarter: view.quarter } : {}),
  };
}
