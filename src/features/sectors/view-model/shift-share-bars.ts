import type { ChartTableData } from '../../../components/charts/chart-table';
import type { Language } from '../../../domain/localized';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { SECTOR_NAMES, SECTOR_SHORT_NAMES, type SectorCode } from '../../../domain/sectors/sector-codes';
import type { TableLabels } from './table-labels';

export interface ShiftShareBar {
  sector: SectorCode;
  label: string;
  reference: number;
  mix: number;
  competitive: number;
  change: number;
  competitiveEffect: number;
  allocationEffect: number;
}

export function toShiftShareBars(analysis: SectorAnalysis, language: Language): ShiftShareBar[] {
  return analysis.sectors.flatMap((s) =>
    s.growth
      ? [
          {
            sector: s.sector,
            label: SECTOR_SHORT_NAMES[s.sector][language],
            reference: s.growth.shift.reference,
            mix: s.growth.shift.mix,
            competitive: s.growth.shift.competitive,
            change: s.growth.shift.change,
            competitiveEffect: s.growth.em.competitiveEffect,
            allocationEffect: s.growth.em.allocationEffect,
          },
        ]
      : [],
  );
}

export function toShiftShareTable(
  bars: readonly ShiftShareBar[],
  language: Language,
  labels: TableLabels,
): ChartTableData {
  return {
    columns: [
      { key: 'code', label: labels.code },
      { key: 'sector', label: labels.sector },
      { key: 'change', label: labels.change, decimals: 2 },
      { key: 'reference', label: labels.reference, decimals: 2 },
      { key: 'mix', label: labels.mix, decimals: 2 },
      { key: 'competitive', label: labels.competitive, decimals: 2 },
      { key: 'competitiveEffect', label: labels.competitiveEffect, decimals: 2 },
      { key: 'allocationEffect', label: labels.allocationEffect, decimals: 2 },
    ],
    rows: bars.map((b) => ({
      code: b.sector,
      sector: SECTOR_NAMES[b.sector][language],
      change: b.change,
      reference: b.reference,
      mix: b.mix,
      competitive: b.competitive,
      competitiveEffect: b.competitiveEffect,
      allocationEffect: b.allocationEffect,
    })),
  };
}
