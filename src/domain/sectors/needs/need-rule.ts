import { LABOUR_ABSORBING, SECTOR_CODES, type SectorCode } from '../sector-codes';

/** The indicators the need rule reads, in the order a reason names them. */
export const NEED_INDICATOR_IDS = [
  'poverty-rate',
  'unemployment-rate',
  'poverty-gap-index',
  'adjusted-expenditure',
  'expected-years-schooling',
  'mean-years-schooling',
  'life-expectancy',
  'improved-sanitation',
  'improved-drinking-water',
] as const;
export type NeedIndicatorId = (typeof NEED_INDICATOR_IDS)[number];

export interface NeedRule {
  /** Which direction is the worse one. */
  worse: 'higher' | 'lower';
  /** The relative gap to the reference, in the worse direction, at which the need is full (1). */
  span: number;
  /** The sectors whose priority the need raises. */
  sectors: readonly SectorCode[];
}

const LABOUR = [...LABOUR_ABSORBING];

/**
 * A dashboard convention (docs/sector-priorities.md): schooling raises education (P), life expectancy
 * health (Q), sanitation and drinking water the water-supply and waste sector (E); poverty, unemployment
 * and low spending the labour-absorbing sectors. Spans are set so that a gap typical of the regions
 * furthest behind their province reaches full need.
 */
export const NEED_RULES: Readonly<Record<NeedIndicatorId, NeedRule>> = {
  'poverty-rate': { worse: 'higher', span: 0.5, sectors: LABOUR },
  'unemployment-rate': { worse: 'higher', span: 0.5, sectors: LABOUR },
  'poverty-gap-index': { worse: 'higher', span: 0.5, sectors: LABOUR },
  'adjusted-expenditure': { worse: 'lower', span: 0.25, sectors: LABOUR },
  'expected-years-schooling': { worse: 'lower', span: 0.2, sectors: ['P'] },
  'mean-years-schooling': { worse: 'lower', span: 0.2, sectors: ['P'] },
  'life-expectancy': { worse: 'lower', span: 0.1, sectors: ['Q'] },
  'improved-sanitation': { worse: 'lower', span: 0.3, sectors: ['E'] },
  'improved-drinking-water': { worse: 'lower', span: 0.3, sectors: ['E'] },
};

/** A need indicator of the region against the same indicator of its reference, same year. */
export interface NeedMeasure {
  indicator: NeedIndicatorId;
  year: number;
  value: number;
  referenceValue: number;
  /** How the reference value was found: published for the reference region, or the median of its parts. */
  referenceKind?: 'published' | 'median';
}

export interface SectorNeed {
  level: number;
  driver: NeedMeasure;
}

export interface CommunityNeed {
  /** 0–1, the highest of all measures: 0.5 where the region is at its reference's level. */
  level: number;
  driver: NeedMeasure;
  measures: NeedMeasure[];
  /** The need each sector gets: the highest level of the measures that target it; others get none. */
  bySector: Partial<Record<SectorCode, SectorNeed>>;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** 0.5 at the reference's level, 1 at `span` worse than it, 0 at `span` better. */
export function needLevel(measure: NeedMeasure): number {
  const rule = NEED_RULES[measure.indicator];
  const gap = (measure.value - measure.referenceValue) / measure.referenceValue;
  const worse = rule.worse === 'higher' ? gap : -gap;
  return clamp01(0.5 + worse / (2 * rule.span));
}

export function communityNeed(measures: readonly NeedMeasure[]): CommunityNeed | null {
  const usable = measures.filter(
    (m) => m.referenceValue > 0 && Number.isFinite(m.value) && NEED_RULES[m.indicator] !== undefined,
  );
  if (usable.length === 0) return null;
  const driver = usable.reduce((best, m) => (needLevel(m) > needLevel(best) ? m : best));
  const bySector: Partial<Record<SectorCode, SectorNeed>> = {};
  for (const sector of SECTOR_CODES) {
    for (const m of usable) {
      if (!NEED_RULES[m.indicator].sectors.includes(sector)) continue;
      const level = needLevel(m);
      const current = bySector[sector];
      if (!current || level > current.level) bySector[sector] = { level, driver: m };
    }
  }
  return { level: needLevel(driver), driver, measures: usable, bySector };
}
