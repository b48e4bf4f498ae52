import type { Region } from '../../region';
import type { RegionContext } from '../measures/reference-economy';
import { SECTOR_CODES } from '../sector-codes';
import type { SectorTable, SectorTableIndex } from '../sector-tables';
import type { PriceBasis } from '../sector-value';
import type { AnalysisSettings } from './analysis-settings';
import { referenceChoices, type ReferenceChoice } from './reference-choice';
import type { AnalysisNote, GrowthPeriod, SectorAnalysis } from './sector-analysis';
import { sectorResult, slqOf } from './sector-result';

export function analyseAnnual(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  own: SectorTable[],
  tables: SectorTableIndex,
  context: RegionContext,
  settings: AnalysisSettings,
): SectorAnalysis | null {
  const notes: AnalysisNote[] = [];
  const choices = referenceChoices(region, tables, context);
  const yearsFor = (choice: ReferenceChoice, basis: PriceBasis) =>
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
