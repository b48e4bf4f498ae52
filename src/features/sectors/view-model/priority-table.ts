import type { ChartTableData } from '../../components/charts/chart-table';
import type { Language } from '../../domain/localized';
import type { Observation } from '../../domain/observation';
import type { RegionCode } from '../../domain/region';
import type { SectorAnalysis } from '../../domain/sectors/analyse-sectors';
import { KLASSEN_NUMERALS } from '../../domain/sectors/measures/klassen';
import {
  PRIORITY_PARTS,
  type NeedMeasure,
  type PriorityPart,
  type RankedSector,
} from '../../domain/sectors/priority';
import { sectorReason } from '../../domain/sectors/reason';
import {
  BRANDING_THEMES,
  SECTOR_NAMES,
  SECTOR_SHORT_NAMES,
  SECTOR_THEMES,
  type BrandingTheme,
  type SectorCode,
} from '../../domain/sectors/sector-codes';

export const NEED_INDICATORS = ['poverty-rate', 'unemployment-rate'] as const;
export type NeedIndicator = (typeof NEED_INDICATORS)[number];

/** The newest year in which both the region and its reference have a value, for each need indicator. */
export function needMeasures(
  region: RegionCode,
  reference: RegionCode,
  observations: Partial<Record<NeedIndicator, readonly Observation[]>>,
): NeedMeasure[] {
  const measures: NeedMeasure[] = [];
  for (const indicator of NEED_INDICATORS) {
    const rows = observations[indicator] ?? [];
    const valueAt = (code: RegionCode, year: number) =>
      rows.find((o) => o.region === code && o.year === year && o.value !== null)?.value ?? null;
    const years = [
      ...new Set(rows.filter((o) => o.region === region && o.value !== null).map((o) => o.year)),
    ].sort((a, b) => b - a);
    for (const year of years) {
      const value = valueAt(region, year);
      const referenceValue = valueAt(reference, year);
      if (value !== null && referenceValue !== null) {
        measures.push({ indicator, year, value, referenceValue });
        break;
      }
    }
  }
  return measures;
}

/** Labels the tables need, from i18n. */
export interface TableLabels {
  rank: string;
  code: string;
  sector: string;
  score: string;
  slq: string;
  dlq: string;
  competitive: string;
  share: string;
  verdict: string;
  klassen: string;
  slqDlq: string;
  themes: string;
  reason: string;
  change: string;
  reference: string;
  mix: string;
  competitiveEffect: string;
  allocationEffect: string;
  value: string;
  referenceShare: string;
  /** "Spesialisasi (LQ), 0–1": the scaled part of the score. */
  partOf: (part: PriorityPart) => string;
  verdictOf: (ranked: RankedSector) => string;
  themeName: (theme: BrandingTheme) => string;
  slqDlqName: (ranked: RankedSector) => string;
}

export interface PriorityRow {
  rank: number;
  sector: SectorCode;
  name: string;
  score: number;
  reason: string;
  ranked: RankedSector;
}

export function toPriorityRows(
  ranked: readonly RankedSector[],
  analysis: SectorAnalysis,
  language: Language,
): PriorityRow[] {
  return ranked.map((r) => ({
    rank: r.rank,
    sector: r.sector,
    name: SECTOR_NAMES[r.sector][language],
    score: r.score,
    reason: sectorReason(r.result, analysis, language),
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
        ...Object.fromEntries(PRIORITY_PARTS.map((part) => [`part-${part}`, row.ranked.parts[part]])),
      };
    }),
  };
}

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

export interface ThemeGroup {
  theme: BrandingTheme;
  /** Sectors feeding the theme, by priority; `leading` marks the region's top five. */
  sectors: { sector: SectorCode; rank: number; score: number; leading: boolean }[];
}

export const LEADING_COUNT = 5;

export function toThemeGroups(ranked: readonly RankedSector[]): ThemeGroup[] {
  return BRANDING_THEMES.map((theme) => ({
    theme,
    sectors: ranked
      .filter((r) => SECTOR_THEMES[r.sector].includes(theme))
      .map((r) => ({ sector: r.sector, rank: r.rank, score: r.score, leading: r.rank <= LEADING_COUNT })),
  }));
}

/** Download name: "sektor-61-01-2023-2024-adhk". */
export function exportName(prefix: string, analysis: SectorAnalysis): string {
  const period = analysis.growth ? `${analysis.growth.from}-${analysis.growth.to}` : String(analysis.year);
  const quarter = analysis.quarter ? `-q${analysis.quarter}` : '';
  return `${prefix}-${analysis.region.replace('.', '-')}-${period}${quarter}-${analysis.basis}`;
}
