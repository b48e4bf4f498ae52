import type { ChartTableData } from '../../../components/charts/chart-table';
import type { Language } from '../../../domain/localized';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { SECTOR_NAMES } from '../../../domain/sectors/sector-codes';
import type { TableLabels } from './table-labels';

/** Static LQ of each sector in every year with data: one row per sector, one column per year. */
export function toSlqByYearTable(
  analysis: SectorAnalysis,
  language: Language,
  labels: TableLabels,
): ChartTableData {
  return {
    columns: [
      { key: 'code', label: labels.code },
      { key: 'sector', label: labels.sector },
      ...analysis.slqByYear.map((y) => ({
        key: String(y.year),
        label: `${labels.slq} ${y.year}`,
        decimals: 2,
      })),
    ],
    rows: analysis.sectors.map((s) => ({
      code: s.sector,
      sector: SECTOR_NAMES[s.sector][language],
      ...Object.fromEntries(analysis.slqByYear.map((y) => [String(y.year), y.slq[s.sector]])),
    })),
  };
}
