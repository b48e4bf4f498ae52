import type { Indicator } from '../../../domain/indicator';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';

export type MissingLevel = 'regency' | 'province';

export interface MissingFilter {
  province: RegionCode | null;
  level: MissingLevel;
  indicator: string | null;
  year: number | null;
}

export const DEFAULT_MISSING_FILTER: MissingFilter = {
  province: null,
  level: 'regency',
  indicator: null,
  year: null,
};

export interface MissingGap {
  indicator: Indicator;
  year: number;
}

export interface MissingRow {
  region: Region;
  province: Region | undefined;
  /** Region × indicator × year cells that could hold a value under the filter. */
  expected: number;
  gaps: MissingGap[];
}

export interface MissingReport {
  /** Emptiest first: most gaps, then the larger share missing, then by name. */
  rows: MissingRow[];
  cells: number;
  gapCount: number;
  /** The years any selected indicator has data in at this level: the choices of the year filter. */
  years: number[];
}

export interface MissingInput {
  index: RegionIndex;
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
  filter: MissingFilter;
}

/** A published number or a published category (a zone) is data; a null without one is a gap. */
const isPresent = (o: Observation) => o.value !== null || o.category !== undefined;

/**
 * Which region × indicator × year cells are empty. A year counts for an indicator and level once any
 * region of that level has data in it; a year the source never covered at that level is not a gap of
 * every region, only an absent table (the indicator card on /data says which years exist).
 */
export function buildMissingReport({
  index,
  indicators,
  observationsById,
  filter,
}: MissingInput): MissingReport {
  const regions = index
    .atLevel(filter.level)
    .filter((r) => !filter.province || r.code === filter.province || r.parent === filter.province);
  const inLevel = new Set<string>(index.atLevel(filter.level).map((r) => r.code));
  const chosen = indicators.filter((i) => !filter.indicator || i.id === filter.indicator);

  const columns: { indicator: Indicator; year: number; present: Set<string> }[] = [];
  const allYears = new Set<number>();
  for (const indicator of chosen) {
    const presentByYear = new Map<number, Set<string>>();
    for (const o of observationsById.get(indicator.id) ?? []) {
      if (!inLevel.has(o.region) || !isPresent(o)) continue;
      const set = presentByYear.get(o.year) ?? new Set<string>();
      set.add(o.region);
      presentByYear.set(o.year, set);
    }
    for (const [year, present] of presentByYear) {
      allYears.add(year);
      if (filter.year === null || year === filter.year) columns.push({ indicator, year, present });
    }
  }
  columns.sort((a, b) => chosen.indexOf(a.indicator) - chosen.indexOf(b.indicator) || b.year - a.year);

  const rows: MissingRow[] = regions.map((region) => ({
    region,
    province: region.parent ? index.byCode.get(region.parent) : undefined,
    expected: columns.length,
    gaps: columns
      .filter((c) => !c.present.has(region.code))
      .map(({ indicator, year }) => ({ indicator, year })),
  }));
  const share = (r: MissingRow) => (r.expected === 0 ? 0 : r.gaps.length / r.expected);
  rows.sort(
    (a, b) =>
      b.gaps.length - a.gaps.length ||
      share(b) - share(a) ||
      a.region.name.localeCompare(b.region.name, 'id'),
  );
  return {
    rows,
    cells: rows.length * columns.length,
    gapCount: rows.reduce((sum, r) => sum + r.gaps.length, 0),
    years: [...allYears].sort((a, b) => b - a),
  };
}
