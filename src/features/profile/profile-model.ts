import { assess, compareWith, type Assessment } from '../../domain/analysis/attention/attention';
import { unitSuffix, type SentenceFacts } from '../../domain/analysis/attention/attention-sentences';
import { changeSince, type Change } from '../../domain/analysis/change/change-since';
import { rankWithinParent } from '../../domain/analysis/ranking/province-rank';
import { quartileOfRank, type Quartile } from '../../domain/analysis/ranking/quartiles';
import {
  latestObservation,
  observationsInYear,
  rankWithinLevel,
  type Rank,
} from '../../domain/analysis/ranking/rank-regions';
import {
  bandOf,
  bandsForYear,
  INDICATOR_CATEGORIES,
  isRanked,
  type Band,
  type Indicator,
  type IndicatorCategory,
} from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import { COUNTRY_CODE, type Region, type RegionCode } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { assessTarget, type Target, type TargetAssessment } from '../../domain/target';

type Valued = Observation & { value: number };

/** A benchmark region's value in the year of the region's newest value. */
export interface BenchmarkValue {
  region: Region;
  observation: Valued | undefined;
}

export interface ScoreRow {
  indicator: Indicator;
  latest: Valued | undefined;
  /** The newest published category (an Ombudsman zone), which may come without a number. */
  latestCategory: Observation | undefined;
  /** A category was published after the newest number: the number is history, not the current standing. */
  superseded: boolean;
  change: Change | undefined;
  /** The official class of the newest value, with the scale it belongs to. */
  band: { band: Band; bands: Band[]; index: number } | undefined;
  levelRank: Rank | undefined;
  levelQuartile: Quartile | undefined;
  parentRank: Rank | undefined;
  /** The province for a regency; Indonesia for a province; none for Indonesia. */
  parent: BenchmarkValue | undefined;
  country: BenchmarkValue | undefined;
  /** All regions of the region's level in that year, for the distribution strip. */
  peers: { code: RegionCode; value: number }[];
  target: TargetAssessment | undefined;
  assessment: Assessment;
  /** Numbers for the generated sentence; the page adds the indicator's name in its language. */
  facts: Omit<SentenceFacts, 'name'> | undefined;
}

export interface ProfileModel {
  region: Region;
  parent: Region | undefined;
  /** Indicators grouped by smart-city dimension, in catalogue order; each indicator once. */
  groups: { category: IndicatorCategory; rows: ScoreRow[] }[];
  rows: ScoreRow[];
  withData: number;
  /** Fewer than a quarter of the indicators have a value: the page says so before anything else. */
  sparse: boolean;
}

export interface ProfileInput {
  region: Region;
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
  targetsById: ReadonlyMap<string, readonly Target[]>;
  index: RegionIndex;
}

function latestCategoryOf(observations: readonly Observation[], code: RegionCode): Observation | undefined {
  let latest: Observation | undefined;
  for (const o of observations) {
    if (o.region === code && o.category !== undefined && (!latest || o.year > latest.year)) latest = o;
  }
  return latest;
}

function valueIn(observations: readonly Observation[], code: RegionCode, year: number): Valued | undefined {
  const o = observations.find((x) => x.region === code && x.year === year);
  return o && o.value !== null ? (o as Valued) : undefined;
}

export function toScoreRow(input: ProfileInput, indicator: Indicator): ScoreRow {
  const { region, index } = input;
  const observations = input.observationsById.get(indicator.id) ?? [];
  const latest = latestObservation(observations, region.code);
  const latestCategory = latestCategoryOf(observations, region.code);
  const change = changeSince(observations, region.code, indicator);
  const ranked = isRanked(indicator) && region.level !== 'country';
  const year = latest?.year;

  const bands = year !== undefined ? bandsForYear(indicator, year) : undefined;
  const band = latest && bands ? bandOf(bands, latest.value) : undefined;
  const levelRank =
    ranked && year !== undefined
      ? rankWithinLevel(observations, year, region.code, indicator.polarity, index.levelOf)
      : undefined;
  const parentRank =
    ranked && year !== undefined && region.level === 'regency'
      ? rankWithinParent(observations, year, region, indicator.polarity, (c) => index.byCode.get(c)?.parent)
      : undefined;

  const parentRegion = region.parent ? index.byCode.get(region.parent) : undefined;
  const countryRegion = region.level === 'regency' ? index.byCode.get(COUNTRY_CODE) : undefined;
  const benchmark = (r: Region | undefined): BenchmarkValue | undefined =>
    r && year !== undefined ? { region: r, observation: valueIn(observations, r.code, year) } : undefined;
  const parent = benchmark(parentRegion);
  const country = benchmark(countryRegion);

  const peers =
    year === undefined
      ? []
      : observationsInYear(observations, year)
          .filter((o): o is Valued => o.value !== null && index.levelOf(o.region) === region.level)
          .map((o) => ({ code: o.region, value: o.value }));

  const series = observations
    .filter((o): o is Valued => o.region === region.code && o.value !== null)
    .map((o) => ({ year: o.year, value: o.value }));
  const target = assessTarget(
    input.targetsById.get(indicator.id) ?? [],
    region.code,
    series,
    indicator.polarity,
  );
  const comparison =
    latest && parent?.observation
      ? compareWith(latest.value, parent.observation.value, indicator.polarity, indicator.decimals)
      : undefined;
  const superseded = Boolean(latest && latestCategory && latestCategory.year > latest.year);
  const assessment = assess({
    // An old number under a newer published zone is not judged: the zone is the current standing.
    polarity: superseded ? 'neutral' : indicator.polarity,
    change,
    levelRank,
    parentRank,
    benchmark: comparison,
    target,
  });
  const facts: ScoreRow['facts'] = latest
    ? {
        suffix: unitSuffix(indicator.unit),
        polarity: indicator.polarity,
        decimals: indicator.decimals,
        latest: { year: latest.year, value: latest.value },
        previous: change && !change.incomparable ? change.from : undefined,
        benchmark:
          parent?.observation && parent.region
            ? { name: parent.region.name, value: parent.observation.value }
            : undefined,
      }
    : undefined;

  return {
    indicator,
    latest,
    latestCategory,
    superseded,
    change,
    band: band && bands ? { band, bands, index: bands.indexOf(band) } : undefined,
    levelRank,
    levelQuartile: levelRank && quartileOfRank(levelRank),
    parentRank,
    parent,
    country,
    peers,
    target,
    assessment,
    facts,
  };
}

export function toProfileModel(input: ProfileInput): ProfileModel {
  const rows = input.indicators.map((indicator) => toScoreRow(input, indicator));
  const groups = INDICATOR_CATEGORIES.map((category) => ({
    category,
    rows: rows.filter((r) => r.indicator.category === category),
  })).filter((g) => g.rows.length > 0);
  const withData = rows.filter((r) => r.latest || r.latestCategory).length;
  return {
    region: input.region,
    parent: input.region.parent ? input.index.byCode.get(input.region.parent) : undefined,
    groups,
    rows,
    withData,
    sparse: rows.length > 0 && withData < rows.length / 4,
  };
}

/** The next official class up (better), and how far the value is from it; none at the top. */
export function nextBand(
  band: NonNullable<ScoreRow['band']>,
  value: number,
  polarity: Indicator['polarity'],
): { band: Band; threshold: number; distance: number } | undefined {
  const step = polarity === 'lower-is-better' ? -1 : 1;
  const next = band.bands[band.index + step];
  if (!next) return undefined;
  const threshold = step === 1 ? next.from : next.to;
  if (threshold === null) return undefined;
  return { band: next, threshold, distance: Math.abs(threshold - value) };
}
