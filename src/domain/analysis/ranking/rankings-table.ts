import {
  bandOf,
  bandsForYear,
  categoryOf,
  isRanked,
  type Band,
  type Category,
  type Indicator,
} from '../../indicator';
import type { Observation } from '../../observation';
import type { Region, RegionCode, RegionKind } from '../../region';
import { normalizeRegionName } from '../../region-index';
import type { Change } from '../change/change-since';
import { changesInYear } from '../change/change-since-previous';
import { observationsInYear, rankRegions, type Rank } from './rank-regions';

/** Which part of the table a row belongs to: scored rows, then category-only rows, then rows without data. */
export type RowGroup = 'scored' | 'category' | 'missing';

export interface RankingRow {
  region: Region;
  province: Region | undefined;
  observation: Observation | undefined;
  /** The number; null for a category-only or missing row (a category is never turned into a number). */
  value: number | null;
  category: Category | undefined;
  band: Band | undefined;
  /** Shared by ties; none for neutral indicators or rows without a number. */
  rank: Rank | undefined;
  change: Change | undefined;
  group: RowGroup;
  /** Best first by value: the order a rank would give, also for neutral indicators. */
  order: number;
}

export interface RankingsInput {
  indicator: Indicator;
  observations: readonly Observation[];
  year: number;
  /** Every region of the level, with or without data. */
  regions: readonly Region[];
  regionOf: (code: RegionCode) => Region | undefined;
}

/** One row per region of the level for one indicator and year, in rank order. */
export function buildRankingRows({
  indicator,
  observations,
  year,
  regions,
  regionOf,
}: RankingsInput): RankingRow[] {
  const inYear = new Map(observationsInYear(observations, year).map((o) => [o.region, o]));
  const codes = new Set(regions.map((r) => r.code));
  const yearValues = [...inYear.values()].filter((o) => codes.has(o.region));
  // Neutral indicators order highest first (rankRegions' rule) but show no rank.
  const order = rankRegions(yearValues, indicator.polarity);
  const ranked = isRanked(indicator);
  const changes = changesInYear(
    observations.filter((o) => codes.has(o.region)),
    year,
    indicator,
  );
  const bands = bandsForYear(indicator, year);
  const rows = regions.map((region): RankingRow => {
    const observation = inYear.get(region.code);
    const value = observation?.value ?? null;
    const category = observation ? categoryOf(indicator, observation) : undefined;
    const position = order.get(region.code);
    return {
      region,
      province: region.parent ? regionOf(region.parent) : undefined,
      observation,
      value,
      category,
      band: value !== null && bands ? bandOf(bands, value) : undefined,
      rank: ranked ? position : undefined,
      change: changes.get(region.code),
      group: value !== null ? 'scored' : category ? 'category' : 'missing',
      order: position?.rank ?? Number.POSITIVE_INFINITY,
    };
  });
  return sortRankingRows(rows, { column: 'rank', direction: 'asc' }, indicator);
}

export const SORT_COLUMNS = ['rank', 'name', 'value', 'change', 'band', 'province', 'kind'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export interface RankingSort {
  column: SortColumn;
  direction: SortDirection;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** How good a category is for the rank column: best first. */
const categoryRank = (row: RankingRow) => -(row.category?.order ?? 0);

function compareBy(column: SortColumn, indicator: Indicator): (a: RankingRow, b: RankingRow) => number {
  switch (column) {
    case 'rank':
      return (a, b) => a.order - b.order || categoryRank(a) - categoryRank(b);
    case 'value': {
      // Categories follow the values' direction: with higher-is-better, low values and bad zones come first.
      const sign = indicator.polarity === 'lower-is-better' ? -1 : 1;
      return (a, b) =>
        (a.value ?? 0) - (b.value ?? 0) || sign * ((a.category?.order ?? 0) - (b.category?.order ?? 0));
    }
    case 'change':
      return (a, b) => (a.change?.delta ?? 0) - (b.change?.delta ?? 0);
    case 'band':
      return (a, b) => bandIndex(indicator, a) - bandIndex(indicator, b);
    case 'province':
      return (a, b) => collator.compare(a.province?.name ?? '', b.province?.name ?? '');
    case 'kind':
      return (a, b) => collator.compare(a.region.kind, b.region.kind);
    case 'name':
      return (a, b) => collator.compare(a.region.name, b.region.name);
  }
}

function bandIndex(indicator: Indicator, row: RankingRow): number {
  if (row.category) return row.category.order;
  const bands = row.observation ? bandsForYear(indicator, row.observation.year) : undefined;
  return row.band && bands ? bands.indexOf(row.band) : -1;
}

/**
 * Sorts by one column either way. Rows without data stay last in both directions, and category-only
 * rows stay after the scored ones for the number columns, so flipping a sort never puts gaps on top.
 * Rows without a change sort after those with one. Ties fall back to rank order, then name.
 */
export function sortRankingRows(
  rows: readonly RankingRow[],
  sort: RankingSort,
  indicator: Indicator,
): RankingRow[] {
  const compare = compareBy(sort.column, indicator);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const groupOf = (row: RankingRow): number => {
    if (row.group === 'missing') return 2;
    if (sort.column === 'change') return row.change ? 0 : 1;
    return GROUPED_COLUMNS.has(sort.column) && row.group === 'category' ? 1 : 0;
  };
  return [...rows].sort(
    (a, b) =>
      groupOf(a) - groupOf(b) ||
      sign * compare(a, b) ||
      a.order - b.order ||
      collator.compare(a.region.name, b.region.name),
  );
}

const GROUPED_COLUMNS = new Set<SortColumn>(['rank', 'value', 'band']);

export interface RankingFilter {
  province: RegionCode | null;
  kind: RegionKind | null;
  query: string;
}

/** Keeps the rows of one province, of one kind and whose name or code matches the query. */
export function filterRankingRows(rows: readonly RankingRow[], filter: RankingFilter): RankingRow[] {
  const needle = normalizeRegionName(filter.query);
  const code = filter.query.trim();
  return rows.filter(
    (row) =>
      (filter.province === null || row.region.parent === filter.province) &&
      (filter.kind === null || row.region.kind === filter.kind) &&
      (needle === '' ||
        normalizeRegionName(row.region.name).includes(needle) ||
        (code !== '' && row.region.code.startsWith(code))),
  );
}
