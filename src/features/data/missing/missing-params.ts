import * as z from 'zod/mini';
import type { RegionCode } from '../../../domain/region';
import { DEFAULT_MISSING_FILTER, type MissingFilter } from './missing-report';

/**
 * The report's own parameter names: "indicator", "year" and "level" belong to the app-wide selection
 * (map, rankings), which this report must not change.
 */
export const MISSING_PARAMS = {
  province: 'gap-province',
  level: 'gap-level',
  indicator: 'gap-indicator',
  year: 'gap-year',
} as const satisfies Record<keyof MissingFilter, string>;

const schemas = {
  province: z.pipe(
    z.string().check(z.regex(/^\d{2}$/)),
    z.transform((c) => c as RegionCode),
  ),
  level: z.enum(['regency', 'province']),
  indicator: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  year: z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number)),
};

/** Reads the filter from the address; a value that does not parse falls back to its default. */
export function parseMissingParams(params: URLSearchParams): MissingFilter {
  const read = <K extends keyof MissingFilter>(key: K): MissingFilter[K] => {
    const parsed = schemas[key].safeParse(params.get(MISSING_PARAMS[key]) ?? '');
    return parsed.success ? (parsed.data as MissingFilter[K]) : DEFAULT_MISSING_FILTER[key];
  };
  return {
    province: read('province'),
    level: read('level'),
    indicator: read('indicator'),
    year: read('year'),
  };
}

/** The report's parameters first (defaults left out), then every other parameter in its order. */
export function writeMissingParams(params: URLSearchParams, filter: MissingFilter): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of Object.keys(MISSING_PARAMS) as (keyof MissingFilter)[]) {
    const value = filter[key];
    if (value !== null && value !== DEFAULT_MISSING_FILTER[key]) next.set(MISSING_PARAMS[key], String(value));
  }
  const own = new Set<string>(Object.values(MISSING_PARAMS));
  params.forEach((value, key) => {
    if (!own.has(key)) next.append(key, value);
  });
  return next;
}
