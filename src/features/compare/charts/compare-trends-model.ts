import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';

export interface SeriesKey {
  /** `r0`, `r1`…: a region code has a dot, which Recharts would read as a nested path. */
  key: string;
  code: RegionCode;
  name: string;
}

export interface MultiTrend {
  series: SeriesKey[];
  /** One row per year from the first to the last with any value; a missing year is null, never drawn through. */
  rows: Record<string, number | null>[];
  firstYear: number | undefined;
  lastYear: number | undefined;
}

/** One line per compared region for one indicator. */
export function toMultiTrend(observations: readonly Observation[], regions: readonly Region[]): MultiTrend {
  const series = regions.map((r, i) => ({ key: `r${i}`, code: r.code, name: r.name }));
  const keyOf = new Map(series.map((s) => [s.code, s.key]));
  const byYear = new Map<number, Record<string, number | null>>();
  for (const o of observations) {
    const key = keyOf.get(o.region);
    if (!key || o.value === null) continue;
    const row = byYear.get(o.year) ?? {};
    row[key] = o.value;
    byYear.set(o.year, row);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const firstYear = years[0];
  const lastYear = years.at(-1);
  const rows: Record<string, number | null>[] = [];
  if (firstYear !== undefined && lastYear !== undefined) {
    for (let year = firstYear; year <= lastYear; year++) {
      const values = byYear.get(year) ?? {};
      rows.push({ year, ...Object.fromEntries(series.map((s) => [s.key, values[s.key] ?? null])) });
    }
  }
  return { series, rows, firstYear, lastYear };
}

/** Years inside a region's own span that have no value, per region: named under the chart. */
export function trendGaps(trend: MultiTrend): { name: string; years: number[] }[] {
  return trend.series.flatMap((s) => {
    const withValue = trend.rows.filter((r) => r[s.key] !== null).map((r) => r.year!);
    if (withValue.length < 2) return [];
    const first = withValue[0]!;
    const last = withValue.at(-1)!;
    const years = trend.rows
      .filter((r) => r[s.key] === null && r.year! > first && r.year! < last)
      .map((r) => r.year!);
    return years.length > 0 ? [{ name: s.name, years }] : [];
  });
}

/**
 * Round ticks around the values, never past the indicator's plausible range (a 0–100 score gets no
 * 105 tick): about four steps of 1, 2, 2.5 or 5 times a power of ten.
 */
export function niceAxis(
  values: readonly number[],
  range?: { min: number | null; max: number | null },
): { domain: [number, number]; ticks: number[] } | undefined {
  if (values.length === 0) return undefined;
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const raw = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9))!;
  let from = Math.floor(low / step) * step;
  let to = Math.ceil(high / step) * step;
  if (range?.min !== null && range?.min !== undefined) from = Math.max(from, range.min);
  if (range?.max !== null && range?.max !== undefined) to = Math.min(to, range.max);
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + step / 1e6; t += step)
    ticks.push(Number(t.toFixed(10)));
  return { domain: [from, to], ticks };
}
