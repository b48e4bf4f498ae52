import type { Region } from '../../region';
import type { RegionContext } from '../measures/reference-economy';
import type { SectorTableIndex } from '../sector-tables';
import { analyseAnnual } from './analyse-annual';
import { analyseQuarter } from './analyse-quarter';
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from './analysis-settings';
import type { AnalysisOutcome } from './sector-analysis';

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
  const wanted = settings.quarter;
  const hasWanted =
    wanted !== undefined && own.some((t) => t.year === wanted.year && t.quarter === wanted.quarter);
  const annual = !hasWanted && own.some((t) => t.quarter === null);
  const result = annual
    ? analyseAnnual(region, own, tables, context, settings)
    : analyseQuarter(region, own, tables, context, settings);
  if (!result) return { status: 'no-data', reason: 'no-reference' };
  const quarters: { year: number; quarter: number }[] = [];
  for (const t of own) {
    if (t.quarter !== null && !quarters.some((q) => q.year === t.year && q.quarter === t.quarter))
      quarters.push({ year: t.year, quarter: t.quarter });
  }
  const hasAnnual = own.some((t) => t.quarter === null);
  if (wanted && !hasWanted) result.notes.push({ kind: 'quarter-unavailable', ...wanted });
  return { status: 'ok', analysis: { ...result, quarters, hasAnnual } };
}
