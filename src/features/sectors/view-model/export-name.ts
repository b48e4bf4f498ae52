import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';

/** Download name: "sektor-61-01-2023-2024-adhk". */
export function exportName(prefix: string, analysis: SectorAnalysis): string {
  const period = analysis.growth ? `${analysis.growth.from}-${analysis.growth.to}` : String(analysis.year);
  const quarter = analysis.quarter ? `-q${analysis.quarter}` : '';
  return `${prefix}-${analysis.region.replace('.', '-')}-${period}${quarter}-${analysis.basis}`;
}
