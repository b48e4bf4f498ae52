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
import { COUNTRY_CODE, type Region } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';

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
