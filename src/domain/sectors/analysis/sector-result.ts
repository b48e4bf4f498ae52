import type { RegionCode } from '../../region';
import { classifyKlassen, overlayScore, verdictOf } from '../measures/klassen';
import {
  classifySlqDlq,
  compoundGrowth,
  computeDynamicLocationQuotient,
  computeLocationQuotient,
  meanYearlyGrowth,
  type GrowthRates,
} from '../measures/location-quotient';
import { computeEstebanMarquillas, computeShiftShare } from '../measures/shift-share';
import { SECTOR_CODES, type SectorCode } from '../sector-codes';
import type { SectorTable, SectorTableIndex } from '../sector-tables';
import type { AnalysisSettings } from './analysis-settings';
import type { ReferenceChoice } from './reference-choice';
import type { GrowthPeriod, SectorResult } from './sector-analysis';

export function slqOf(region: SectorTable, reference: SectorTable): Record<SectorCode, number> {
  return Object.fromEntries(
    SECTOR_CODES.map((s) => [
      s,
      computeLocationQuotient(region.values[s], region.total, reference.values[s], reference.total),
    ]),
  ) as Record<SectorCode, number>;
}

export function sectorResult(
  sector: SectorCode,
  regionTable: SectorTable,
  refTable: SectorTable,
  period: GrowthPeriod | null,
  code: RegionCode,
  tables: SectorTableIndex,
  choice: ReferenceChoice,
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
