import type { ChartTableData } from '../../../components/charts/chart-table';
import type { Language } from '../../../domain/localized';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { KLASSEN_NUMERALS } from '../../../domain/sectors/measures/klassen';
import { PRIORITY_PARTS, type RankedSector } from '../../../domain/sectors/priority';
import {
  plainLabel,
  plainReason,
  type PlainLabel,
  type ReasonContext,
} from '../../../domain/sectors/plain/plain-verdict';
import { sectorReason } from '../../../domain/sectors/reason';
import { SECTOR_NAMES, SECTOR_THEMES, type SectorCode } from '../../../domain/sectors/sector-codes';
import type { TableLabels } from './table-labels';

export interface PriorityRow {
  rank: number;
  sector: SectorCode;
  name: string;
  score: number;
  label: PlainLabel;
  /** The one plain sentence a regent reads. */
  reason: string;
  /** The same numbers in the analysts' words (LQ, DLQ, overlay verdict), for the details view. */
  technical: string;
  ranked: RankedSector;
}

export function toPriorityRows(
  ranked: readonly RankedSector[],
  analysis: SectorAnalysis,
  language: Language,
  context: ReasonContext,
): PriorityRow[] {
  return ranked.map((r) => ({
    rank: r.rank,
    sector: r.sector,
    name: SECTOR_NAMES[r.sector][language],
    score: r.score,
    label: plainLabel(r.result),
    reason: plainReason(r.result, analysis, language, context),
    technical: sectorReason(r.result, analysis, language),
    ranked: r,
  }));
}

/** The ranked list as a table (its CSV), growth columns only when there is a growth period. */
export function toPriorityTable(
  rows: readonly PriorityRow[],
  analysis: SectorAnalysis,
  labels: TableLabels,
): ChartTableData {
  const growth = analysis.growth !== null;
  const columns = [
    { key: 'rank', label: labels.rank, decimals: 0 },
    { key: 'code', label: labels.code },
    { key: 'sector', label: labels.sector },
    { key: 'score', label: labels.score, decimals: 1 },
    { key: 'slq', label: labels.slq, decimals: 2 },
    ...(growth
      ? [
          { key: 'dlq', label: labels.dlq, decimals: 2 },
          { key: 'competitive', label: labels.competitive, decimals: 1 },
        ]
      : []),
    { key: 'share', label: labels.share, decimals: 1 },
    ...(growth
      ? [
          { key: 'klassen', label: labels.klassen },
          { key: 'slqDlq', label: labels.slqDlq },
        ]
      : []),
    { key: 'verdict', label: labels.verdict },
    { key: 'themes', label: labels.themes },
    { key: 'reason', label: labels.reason },
    { key: 'technical', label: labels.technical },
    ...PRIORITY_PARTS.map((part) => ({ key: `part-${part}`, label: labels.partOf(part), decimals: 2 })),
  ];
  return {
    columns,
    rows: rows.map((row) => {
      const g = row.ranked.result.growth;
      return {
        rank: row.rank,
        code: row.sector,
        sector: row.name,
        score: row.score,
        slq: row.ranked.result.slq,
        dlq: g?.dlq ?? null,
        competitive: g?.shift.competitive ?? null,
        share: row.ranked.result.share * 100,
        klassen: g ? KLASSEN_NUMERALS[g.klassen] : null,
        slqDlq: g ? labels.slqDlqName(row.ranked) : null,
        verdict: labels.verdictOf(row.ranked),
        themes: SECTOR_THEMES[row.sector].map(labels.themeName).join(', '),
        reason: row.reason,
        technical: row.technical,
        ...Object.fromEntries(PRIORITY_PARTS.map((part) => [`part-${part}`, row.ranked.parts[part]])),
      };
    }),
  };
}
