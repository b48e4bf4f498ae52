import { latestObservation, rankWithinLevel, type Rank } from '../../domain/analysis/ranking/rank-regions';
import {
  bandOf,
  bandsForYear,
  categoryOf,
  isRanked,
  type Band,
  type Category,
  type Indicator,
} from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import { COUNTRY_CODE, type Region, type RegionCode, type RegionLevel } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { effectiveYear } from '../../store/selectors';

export interface CompareCell {
  /** The newest value, or the newest category-only observation when there is no value at all. */
  observation: Observation | undefined;
  value: number | null;
  year: number | undefined;
  category: Category | undefined;
  band: Band | undefined;
  rank: Rank | undefined;
  mark: 'best' | 'worst' | undefined;
}

export interface CompareRow {
  indicator: Indicator;
  cells: CompareCell[];
  /** The provinces of the compared regencies and Indonesia, for context; never marked best or worst. */
  context: CompareCell[];
}

/** Columns for context: each province of a compared regency (once), then Indonesia. */
export function contextRegions(regions: readonly Region[], index: RegionIndex): Region[] {
  const provinces = [
    ...new Set(regions.filter((r) => r.level === 'regency' && r.parent).map((r) => r.parent!)),
  ].flatMap((code) => index.byCode.get(code) ?? []);
  const country = index.byCode.get(COUNTRY_CODE);
  return country ? [...provinces, country] : provinces;
}

function cellOf(
  indicator: Indicator,
  observations: readonly Observation[],
  region: Region,
  index: RegionIndex,
  withRank: boolean,
): CompareCell {
  const latest = latestObservation(observations, region.code);
  const observation =
    latest ??
    observations
      .filter((o) => o.region === region.code && o.category !== undefined)
      .sort((a, b) => b.year - a.year)[0];
  const value = latest?.value ?? null;
  const bands = observation ? bandsForYear(indicator, observation.year) : undefined;
  return {
    observation,
    value,
    year: observation?.year,
    category: observation ? categoryOf(indicator, observation) : undefined,
    band: value !== null && bands ? bandOf(bands, value) : undefined,
    rank:
      latest && withRank && isRanked(indicator) && region.level !== 'country'
        ? rankWithinLevel(observations, latest.year, region.code, indicator.polarity, index.levelOf)
        : undefined,
    mark: undefined,
  };
}

/**
 * Marks the best and worst compared value by polarity, among the cells of the row's newest year only:
 * a 2024 value is not "better" than another region's 2021 one. Ties share the mark; neutral rows and
 * rows with fewer than two different values get none.
 */
function markBestWorst(cells: CompareCell[], indicator: Indicator): void {
  if (!isRanked(indicator)) return;
  const years = cells.flatMap((c) => (c.value !== null && c.year !== undefined ? [c.year] : []));
  if (years.length < 2) return;
  const newest = Math.max(...years);
  const inYear = cells.filter((c) => c.value !== null && c.year === newest);
  const values = inYear.map((c) => c.value!);
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (inYear.length < 2 || high === low) return;
  const [best, worst] = indicator.polarity === 'higher-is-better' ? [high, low] : [low, high];
  for (const c of inYear) c.mark = c.value === best ? 'best' : c.value === worst ? 'worst' : undefined;
}

/** One row per indicator: the compared regions' newest values, year, band, rank at their level, and context. */
export function toCompareRows(
  regions: readonly Region[],
  indicators: readonly Indicator[],
  observationsById: ReadonlyMap<string, readonly Observation[]>,
  index: RegionIndex,
): CompareRow[] {
  const context = contextRegions(regions, index);
  return indicators.map((indicator) => {
    const observations = observationsById.get(indicator.id) ?? [];
    const cells = regions.map((r) => cellOf(indicator, observations, r, index, true));
    markBestWorst(cells, indicator);
    return {
      indicator,
      cells,
      context: context.map((r) => cellOf(indicator, observations, r, index, false)),
    };
  });
}

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
