import type { Region, RegionCode } from '../region';
import {
  classifyKlassen,
  overlayScore,
  verdictOf,
  type KlassenQuadrant,
  type Verdict,
} from './measures/klassen';
import {
  classifySlqDlq,
  compoundGrowth,
  computeDynamicLocationQuotient,
  computeLocationQuotient,
  meanYearlyGrowth,
  type GrowthRates,
  type SlqDlqClass,
} from './measures/location-quotient';
import {
  referenceCodeOf,
  referenceKindsFor,
  referenceTable,
  type ReferenceKind,
  type RegionContext,
} from './measures/reference-economy';
import { SECTOR_CODES, type SectorCode } from './sector-codes';
import type { SectorTable, SectorTableIndex } from './sector-tables';
import type { PriceBasis } from './sector-value';
import {
  computeEstebanMarquillas,
  computeShiftShare,
  type EstebanMarquillas,
  type ShiftShare,
} from './measures/shift-share';

export type GrowthConvention = 'cagr' | 'mean';

export interface AnalysisSettings {
  /** Price basis of the structure (shares, static LQ). Growth measures always use ADHK. */
  basis: PriceBasis;
  from?: number;
  to?: number;
  ref?: ReferenceKind;
  growth: GrowthConvention;
  /** Klassen growth test against the same sector in the reference (default) or the reference's total. */
  klassenAgainst?: 'sector' | 'total';
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { basis: 'adhk', growth: 'cagr' };

export type AnalysisNote =
  | { kind: 'year-unavailable'; param: 'from' | 'to'; requested: number; used: number | null }
  | { kind: 'basis-unavailable'; requested: PriceBasis; used: PriceBasis }
  | { kind: 'ref-unavailable'; requested: ReferenceKind; used: ReferenceKind }
  | { kind: 'boundary-change'; years: number[] }
  | { kind: 'boundary-latest'; latest: number; used: number }
  | { kind: 'mean-needs-every-year' }
  | { kind: 'single-year' }
  | { kind: 'zero-base'; sectors: SectorCode[] };

export interface SectorGrowth {
  rates: GrowthRates;
  dlq: number;
  slqBase: number;
  shift: ShiftShare;
  em: EstebanMarquillas;
  klassen: KlassenQuadrant;
  slqDlq: SlqDlqClass;
  /** Tests of methods.md §5 passed, 0–4. */
  overlay: number;
  verdict: Verdict;
}

export interface SectorResult {
  sector: SectorCode;
  /** End-year value in the structure basis, miliar rupiah. */
  value: number;
  share: number;
  referenceShare: number;
  slq: number;
  /** Absent for a snapshot, or where the base-year value is zero. */
  growth?: SectorGrowth;
}

export interface GrowthPeriod {
  from: number;
  to: number;
  years: number;
  convention: GrowthConvention;
}

export interface SectorAnalysis {
  mode: 'annual' | 'quarterly';
  region: RegionCode;
  reference: { kind: ReferenceKind; code: RegionCode; parts?: number };
  referenceKinds: ReferenceKind[];
  basis: PriceBasis;
  bases: PriceBasis[];
  year: number;
  quarter: number | null;
  /** Years the structure can be read for (region and reference both present in this basis). */
  years: number[];
  /** Years usable as base of the growth period for this end year. */
  growthYears: number[];
  growth: GrowthPeriod | null;
  preliminary: boolean;
  sectors: SectorResult[];
  /** Static LQ of every sector in each year with data, for the "LQ per year" table. */
  slqByYear: { year: number; slq: Record<SectorCode, number> }[];
  regionTable: SectorTable;
  referenceTable: SectorTable;
  notes: AnalysisNote[];
}

export type AnalysisOutcome =
  | { status: 'ok'; analysis: SectorAnalysis }
  | { status: 'no-data'; reason: 'no-rows' | 'no-reference' | 'country' };

/**
 * Every sector measure for one region. Annual tables when the region has any, otherwise the newest
 * quarterly snapshot, which gives structure and static LQ only: a quarter is never a growth period.
 */
export function analyseSectors(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  tables: SectorTableIndex,
  context: RegionContext,
  settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS,
): AnalysisOutcome {
  if (region.level === 'country') return { status: 'no-data', reason: 'country' };
  const own = tables.of(region.code);
  if (own.length === 0) return { status: 'no-data', reason: 'no-rows' };
  const annual = own.some((t) => t.quarter === null);
  const result = annual
    ? analyseAnnual(region, own, tables, context, settings)
    : analyseQuarter(region, own, tables, context, settings);
  return result ? { status: 'ok', analysis: result } : { status: 'no-data', reason: 'no-reference' };
}

interface Choice {
  kind: ReferenceKind;
  code: RegionCode;
  find: (year: number, quarter: number | null, basis: PriceBasis) => SectorTable | undefined;
}

function referenceChoices(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  tables: SectorTableIndex,
  context: RegionContext,
): Choice[] {
  const code = referenceCodeOf(region);
  return referenceKindsFor(region).map((kind) => ({
    kind,
    code,
    find: (year, quarter, basis) => referenceTable(kind, code, tables, context, year, quarter, basis),
  }));
}

function analyseAnnual(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  own: SectorTable[],
  tables: SectorTableIndex,
  context: RegionContext,
  settings: AnalysisSettings,
): SectorAnalysis | null {
  const notes: AnalysisNote[] = [];
  const choices = referenceChoices(region, tables, context);
  const yearsFor = (choice: Choice, basis: PriceBasis) =>
    own
      .filter((t) => t.quarter === null && t.basis === basis && choice.find(t.year, null, basis))
      .map((t) => t.year);
  const usable = choices.filter((c) => yearsFor(c, 'adhk').length + yearsFor(c, 'adhb').length > 0);
  const chosen = usable.find((c) => c.kind === settings.ref) ?? usable[0];
  if (!chosen) return null;
  if (settings.ref && settings.ref !== chosen.kind && choices.some((c) => c.kind === settings.ref)) {
    notes.push({ kind: 'ref-unavailable', requested: settings.ref, used: chosen.kind });
  }

  const bases = (['adhk', 'adhb'] as const).filter((b) => yearsFor(chosen, b).length > 0);
  let basis = settings.basis;
  if (!bases.includes(basis)) {
    notes.push({ kind: 'basis-unavailable', requested: basis, used: bases[0]! });
    basis = bases[0]!;
  }
  const years = yearsFor(chosen, basis);
  const growthEnds = yearsFor(chosen, 'adhk');

  const comparableBases = (end: number) => {
    const gr = tables.get(region.code, end, null, 'adhk');
    const rr = chosen.find(end, null, 'adhk');
    if (!gr || !rr) return [];
    return growthEnds.filter((y) => {
      if (y >= end) return false;
      const g0 = tables.get(region.code, y, null, 'adhk')!;
      const r0 = chosen.find(y, null, 'adhk')!;
      return g0.oldBoundary === gr.oldBoundary && r0.oldBoundary === rr.oldBoundary;
    });
  };

  let year: number;
  if (settings.to !== undefined && years.includes(settings.to)) year = settings.to;
  else {
    // The newest year that still has a like-with-like growth period, else simply the newest.
    year = [...years].reverse().find((y) => comparableBases(y).length > 0) ?? years[years.length - 1]!;
    if (settings.to !== undefined)
      notes.push({ kind: 'year-unavailable', param: 'to', requested: settings.to, used: year });
    const latest = years[years.length - 1]!;
    if (latest !== year) notes.push({ kind: 'boundary-latest', latest, used: year });
  }

  const growthYears = comparableBases(year);
  const earlierAtAll = growthEnds.filter((y) => y < year);
  if (growthYears.length < earlierAtAll.length) {
    notes.push({ kind: 'boundary-change', years: earlierAtAll.filter((y) => !growthYears.includes(y)) });
  } else if (earlierAtAll.length === 0) notes.push({ kind: 'single-year' });

  let from: number | null = null;
  if (growthYears.length > 0) {
    if (settings.from !== undefined && growthYears.includes(settings.from)) from = settings.from;
    else {
      from = growthYears[0]!;
      if (settings.from !== undefined)
        notes.push({ kind: 'year-unavailable', param: 'from', requested: settings.from, used: from });
    }
  } else if (settings.from !== undefined) {
    notes.push({ kind: 'year-unavailable', param: 'from', requested: settings.from, used: null });
  }

  let convention = settings.growth;
  if (from !== null && convention === 'mean') {
    const every = Array.from({ length: year - from + 1 }, (_, i) => from! + i);
    if (!every.every((y) => growthEnds.includes(y))) {
      notes.push({ kind: 'mean-needs-every-year' });
      convention = 'cagr';
    }
  }

  const regionTable = tables.get(region.code, year, null, basis)!;
  const refTable = chosen.find(year, null, basis)!;
  const growth: GrowthPeriod | null =
    from === null ? null : { from, to: year, years: year - from, convention };

  const sectors = SECTOR_CODES.map((sector) =>
    sectorResult(sector, regionTable, refTable, growth, region.code, tables, chosen, settings),
  );
  const zero = sectors.filter((s) => growth && !s.growth).map((s) => s.sector);
  if (zero.length > 0) notes.push({ kind: 'zero-base', sectors: zero });

  return {
    mode: 'annual',
    region: region.code,
    reference: { kind: chosen.kind, code: chosen.code, parts: refTable.parts?.length },
    referenceKinds: usable.map((c) => c.kind),
    basis,
    bases,
    year,
    quarter: null,
    years,
    growthYears,
    growth,
    preliminary: regionTable.preliminary || refTable.preliminary,
    sectors,
    slqByYear: years.map((y) => ({
      year: y,
      slq: slqOf(tables.get(region.code, y, null, basis)!, chosen.find(y, null, basis)!),
    })),
    regionTable,
    referenceTable: refTable,
    notes,
  };
}

function analyseQuarter(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  own: SectorTable[],
  tables: SectorTableIndex,
  context: RegionContext,
  settings: AnalysisSettings,
): SectorAnalysis | null {
  const notes: AnalysisNote[] = [];
  const choices = referenceChoices(region, tables, context);
  // Newest quarter first; the first reference that exists for it wins, the requested one if possible.
  const ordered = [...own].reverse();
  for (const table of ordered) {
    const withRef = choices.filter((c) => c.find(table.year, table.quarter, table.basis));
    const choice = withRef.find((c) => c.kind === settings.ref) ?? withRef[0];
    if (!choice) continue;
    const sameQuarter = own.filter((t) => t.year === table.year && t.quarter === table.quarter);
    const bases = (['adhk', 'adhb'] as const).filter((b) =>
      sameQuarter.some((t) => t.basis === b && choice.find(t.year, t.quarter, b)),
    );
    let basis = settings.basis;
    if (!bases.includes(basis)) {
      notes.push({ kind: 'basis-unavailable', requested: basis, used: bases[0]! });
      basis = bases[0]!;
    }
    if (settings.ref && settings.ref !== choice.kind && choices.some((c) => c.kind === settings.ref)) {
      notes.push({ kind: 'ref-unavailable', requested: settings.ref, used: choice.kind });
    }
    const regionTable = tables.get(region.code, table.year, table.quarter, basis)!;
    const refTable = choice.find(table.year, table.quarter, basis)!;
    return {
      mode: 'quarterly',
      region: region.code,
      reference: { kind: choice.kind, code: choice.code, parts: refTable.parts?.length },
      referenceKinds: withRef.map((c) => c.kind),
      basis,
      bases,
      year: table.year,
      quarter: table.quarter,
      years: [table.year],
      growthYears: [],
      growth: null,
      preliminary: true,
      sectors: SECTOR_CODES.map((sector) =>
        sectorResult(sector, regionTable, refTable, null, region.code, tables, choice, settings),
      ),
      slqByYear: [{ year: table.year, slq: slqOf(regionTable, refTable) }],
      regionTable,
      referenceTable: refTable,
      notes,
    };
  }
  return null;
}

function slqOf(region: SectorTable, reference: SectorTable): Record<SectorCode, number> {
  return Object.fromEntries(
    SECTOR_CODES.map((s) => [
      s,
      computeLocationQuotient(region.values[s], region.total, reference.values[s], reference.total),
    ]),
  ) as Record<SectorCode, number>;
}

function sectorResult(
  sector: SectorCode,
  regionTable: SectorTable,
  refTable: SectorTable,
  period: GrowthPeriod | null,
  code: RegionCode,
  tables: SectorTableIndex,
  choice: Choice,
  settings: AnalysisSettings,
): SectorResult {
  const value = regionTable.values[sector];
  const slq = computeLocationQuotient(value, regionTable.total, refTable.values[sector], refTable.total);
  const result: SectorResult = {
    sector,
    value,
    share: value / regionTable.total,
    referenceShare: refTable.values[sector] / refTable.total,
    slq,
  };
  if (!period) return result;
  const g0 = tables.get(code, period.from, null, 'adhk')!;
  const gt = tables.get(code, period.to, null, 'adhk')!;
  const r0 = choice.find(period.from, null, 'adhk')!;
  const rt = choice.find(period.to, null, 'adhk')!;
  const eij0 = g0.values[sector];
  const eijt = gt.values[sector];
  // Growth of a sector that was absent in the base year has no meaning.
  if (!(eij0 > 0) || !(eijt >= 0) || !(r0.values[sector] > 0)) return result;

  const yearly = (pick: (t: SectorTable) => number, find: (y: number) => SectorTable) =>
    Array.from({ length: period.years + 1 }, (_, i) => pick(find(period.from + i)));
  const ownAt = (y: number) => tables.get(code, y, null, 'adhk')!;
  const refAt = (y: number) => choice.find(y, null, 'adhk')!;
  const rate = (
    pick: (t: SectorTable) => number,
    find: (y: number) => SectorTable,
    base: SectorTable,
    end: SectorTable,
  ) =>
    period.convention === 'mean'
      ? meanYearlyGrowth(yearly(pick, find))
      : compoundGrowth(pick(base), pick(end), period.years);
  const rates: GrowthRates = {
    gij: rate((t) => t.values[sector], ownAt, g0, gt),
    gj: rate((t) => t.total, ownAt, g0, gt),
    gin: rate((t) => t.values[sector], refAt, r0, rt),
    gn: rate((t) => t.total, refAt, r0, rt),
  };
  const dlq = computeDynamicLocationQuotient(rates, period.years);
  const shift = computeShiftShare({
    eij0,
    eijt,
    ein0: r0.values[sector],
    eint: rt.values[sector],
    en0: r0.total,
    ent: rt.total,
  });
  const em = computeEstebanMarquillas(eij0, g0.total, r0.values[sector], r0.total, shift.rij, shift.rin);
  const klassen = classifyKlassen(
    rates.gij,
    settings.klassenAgainst === 'total' ? rates.gn : rates.gin,
    eijt / gt.total,
    rt.values[sector] / rt.total,
  );
  const overlay = overlayScore({ slq, dlq, competitive: shift.competitive, klassen });
  return {
    ...result,
    growth: {
      rates,
      dlq,
      slqBase: computeLocationQuotient(eij0, g0.total, r0.values[sector], r0.total),
      shift,
      em,
      klassen,
      slqDlq: classifySlqDlq(slq, dlq),
      overlay,
      verdict: verdictOf(overlay),
    },
  };
}
