import * as z from 'zod/mini';
import { CLASS_METHODS, type ClassMethod } from '../../domain/analysis/classes/class-method';
import { isRegionCode, type RegionCode } from '../../domain/region';
import { DEFAULT_SELECTION, type Selection } from '../../store/selection-store';

/** Parameters whose value could not be used; the view falls back to its default and says so. */
export interface RejectedParam {
  param: keyof Selection;
  value: string;
}

const regionCode = z.pipe(
  z.string().check(z.refine(isRegionCode)),
  z.transform((c) => c as RegionCode),
);

const paramSchemas = {
  indicator: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  year: z.pipe(
    z.string().check(z.regex(/^\d{4}$/)),
    z.pipe(z.transform(Number), z.int().check(z.gte(1945), z.lte(2100))),
  ),
  level: z.enum(['province', 'regency']),
  region: regionCode,
  compare: z.pipe(
    z.pipe(
      z.string(),
      z.transform((list) => list.split(',').filter(Boolean)),
    ),
    z.array(regionCode).check(z.maxLength(8)),
  ),
  classes: z.enum(CLASS_METHODS as [ClassMethod, ...ClassMethod[]]),
} satisfies Record<keyof Selection, z.ZodMiniType>;

const PARAM_ORDER: (keyof Selection)[] = ['indicator', 'year', 'level', 'region', 'compare', 'classes'];

export function parseSelectionParams(params: URLSearchParams): {
  selection: Selection;
  rejected: RejectedParam[];
} {
  const selection: Selection = { ...DEFAULT_SELECTION };
  const rejected: RejectedParam[] = [];
  for (const param of PARAM_ORDER) {
    const raw = params.get(param);
    if (raw === null || raw === '') continue;
    const parsed = paramSchemas[param].safeParse(raw);
    if (parsed.success) Object.assign(selection, { [param]: parsed.data });
    else rejected.push({ param, value: raw });
  }
  selection.compare = [...new Set(selection.compare)];
  return { selection, rejected };
}

/** Writes only what differs from the defaults, in a stable order, so links stay short and equal. */
export function toSelectionParams(selection: Selection, keep?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  keep?.forEach((value, key) => {
    if (!PARAM_ORDER.includes(key as keyof Selection)) params.set(key, value);
  });
  if (selection.indicator) params.set('indicator', selection.indicator);
  if (selection.year !== null) params.set('year', String(selection.year));
  if (selection.level !== DEFAULT_SELECTION.level) params.set('level', selection.level);
  if (selection.region) params.set('region', selection.region);
  if (selection.compare.length > 0) params.set('compare', selection.compare.join(','));
  if (selection.classes !== DEFAULT_SELECTION.classes) params.set('classes', selection.classes);
  return params;
}
