import type { Observation } from '../../observation';
import type { RegionCode } from '../../region';
import type { Target } from '../../target';

export type TrendKey = 'self' | 'parent' | 'country' | 'target';

export interface TrendRow {
  year: number;
  self: number | null;
  parent: number | null;
  country: number | null;
  target: number | null;
  /** The region's value of this year was published on the boundary before the 2022 Papua split. */
  selfOldBoundary: boolean;
}

export interface TrendSeries {
  /** One row per year from the first to the last year with any value, gap years included as nulls. */
  rows: TrendRow[];
  /** Years inside the region's own span that have no value: named on screen, never drawn through. */
  gaps: number[];
  oldBoundaryYears: number[];
  /** Which series have at least one value, so the chart draws (and the table lists) only those. */
  present: Record<TrendKey, boolean>;
  firstYear: number | undefined;
  lastYear: number | undefined;
}

export interface TrendCodes {
  self: RegionCode;
  /** The province of a regency, Indonesia for a province; none for Indonesia. */
  parent?: RegionCode;
  country?: RegionCode;
}

/**
 * A region against its parent and Indonesia over every year with data, one indicator only (callers never
 * pass `ipm` and `ipm-lf2020` together: they are different series), plus the region's targets.
 */
export function toTrendSeries(
  observations: readonly Observation[],
  codes: TrendCodes,
  targets: readonly Target[] = [],
): TrendSeries {
  const valueAt = new Map<string, Observation>();
  for (const o of observations) if (o.value !== null) valueAt.set(`${o.region}|${o.year}`, o);
  const ownTargets = new Map(targets.filter((t) => t.region === codes.self).map((t) => [t.year, t.value]));
  const relevant = [codes.self, codes.parent, codes.country].filter(Boolean) as RegionCode[];

  const years = new Set<number>(ownTargets.keys());
  for (const o of observations) if (o.value !== null && relevant.includes(o.region)) years.add(o.year);
  const sorted = [...years].sort((a, b) => a - b);
  const firstYear = sorted[0];
  const lastYear = sorted.at(-1);
  if (firstYear === undefined || lastYear === undefined) {
    return {
      rows: [],
      gaps: [],
      oldBoundaryYears: [],
      present: { self: false, parent: false, country: false, target: false },
      firstYear,
      lastYear,
    };
  }

  const value = (code: RegionCode | undefined, year: number) =>
    code ? (valueAt.get(`${code}|${year}`)?.value ?? null) : null;
  const rows: TrendRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    rows.push({
      year,
      self: value(codes.self, year),
      parent: value(codes.parent, year),
      country: value(codes.country, year),
      target: ownTargets.get(year) ?? null,
      selfOldBoundary: valueAt.get(`${codes.self}|${year}`)?.flags?.includes('old-boundary') ?? false,
    });
  }
  const selfYears = rows.filter((r) => r.self !== null).map((r) => r.year);
  const gaps =
    selfYears.length > 1
      ? rows
          .filter((r) => r.self === null && r.year > selfYears[0]! && r.year < selfYears.at(-1)!)
          .map((r) => r.year)
      : [];
  return {
    rows,
    gaps,
    oldBoundaryYears: rows.filter((r) => r.selfOldBoundary).map((r) => r.year),
    present: {
      self: selfYears.length > 0,
      parent: rows.some((r) => r.parent !== null),
      country: rows.some((r) => r.country !== null),
      target: ownTargets.size > 0,
    },
    firstYear,
    lastYear,
  };
}

/** "2019, 2020" → runs "2019–2020": shorter to read when a gap spans several years. */
export function yearRuns(years: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last.to + 1) last.to = year;
    else runs.push({ from: year, to: year });
  }
  return runs;
}
