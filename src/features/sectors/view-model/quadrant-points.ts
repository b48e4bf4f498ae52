import type { ChartTableData } from '../../../components/charts/chart-table';
import type { Language } from '../../../domain/localized';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { SECTOR_NAMES, SECTOR_SHORT_NAMES, type SectorCode } from '../../../domain/sectors/sector-codes';
import type { TableLabels } from './table-labels';

export interface QuadrantPoint {
  sector: SectorCode;
  label: string;
  slq: number;
  dlq: number;
  /** Share of PDRB in %, for the dot size. */
  share: number;
}

export function toQuadrantPoints(analysis: SectorAnalysis, language: Language): QuadrantPoint[] {
  return analysis.sectors.flatMap((s) =>
    s.growth
      ? [
          {
            sector: s.sector,
            label: SECTOR_SHORT_NAMES[s.sector][language],
            slq: s.slq,
            dlq: s.growth.dlq,
            share: s.share * 100,
          },
        ]
      : [],
  );
}

export function toQuadrantTable(
  points: readonly QuadrantPoint[],
  language: Language,
  labels: TableLabels,
): ChartTableData {
  return {
    columns: [
      { key: 'code', label: labels.code },
      { key: 'sector', label: labels.sector },
      { key: 'slq', label: labels.slq, decimals: 2 },
      { key: 'dlq', label: labels.dlq, decimals: 2 },
      { key: 'share', label: labels.share, decimals: 1 },
    ],
    rows: points.map((p) => ({
      code: p.sector,
      sector: SECTOR_NAMES[p.sector][language],
      slq: p.slq,
      dlq: p.dlq,
      share: p.share,
    })),
  };
}
