import type { TFunction } from 'i18next';
import type { RegionIndex } from '../../domain/region-index';
import type { SectorAnalysis } from '../../domain/sectors/analysis/sector-analysis';
import type { RankedSector } from '../../domain/sectors/priority';
import { BASIS_LABELS, VERDICT_LABELS } from '../../domain/sectors/reason';
import type { Language } from '../../domain/localized';
import type { TableLabels } from './view-model/table-labels';

/** "jumlah 34 provinsi", "Kalimantan Barat (PDRB provinsi)": the screen always names its reference. */
export function referenceText(t: TFunction, analysis: SectorAnalysis, index: RegionIndex | null): string {
  const { kind, code, parts } = analysis.reference;
  const name = index?.byCode.get(code)?.name ?? code;
  return t(`sectors.reference.${kind}`, { count: parts ?? 0, name });
}

export function periodText(t: TFunction, analysis: SectorAnalysis): string {
  if (analysis.mode === 'quarterly') {
    const quarter = analysis.quarter ?? 1;
    const roman = ['I', 'II', 'III', 'IV'][quarter - 1];
    return `${t('sectors.period.quarterly', { quarter, roman, year: analysis.year })} · ${t('sectors.period.preliminary')}`;
  }
  const base = analysis.growth
    ? t('sectors.period.annual', { from: analysis.growth.from, to: analysis.growth.to })
    : t('sectors.period.single', { year: analysis.year });
  return analysis.preliminary ? `${base} · ${t('sectors.period.preliminary')}` : base;
}

export function verdictText(ranked: RankedSector, language: Language): string {
  const g = ranked.result.growth;
  if (g) return VERDICT_LABELS[g.verdict][language];
  return (ranked.result.slq > 1 ? BASIS_LABELS.basis : BASIS_LABELS.nonBasis)[language];
}

export function tableLabels(t: TFunction, language: Language): TableLabels {
  return {
    rank: t('sectors.list.rank'),
    code: t('sectors.list.code'),
    sector: t('sectors.list.sector'),
    score: t('sectors.list.score'),
    slq: t('sectors.list.slq'),
    dlq: t('sectors.list.dlq'),
    competitive: t('sectors.list.competitive'),
    share: t('sectors.list.share'),
    verdict: t('sectors.list.verdict'),
    klassen: t('sectors.list.klassen'),
    slqDlq: t('sectors.list.slqDlq'),
    themes: t('sectors.list.themes'),
    reason: t('sectors.list.reason'),
    technical: t('sectors.list.technical'),
    change: t('sectors.shiftShare.change'),
    reference: t('sectors.shiftShare.reference'),
    mix: t('sectors.shiftShare.mix'),
    competitiveEffect: t('sectors.shiftShare.competitiveEffect'),
    allocationEffect: t('sectors.shiftShare.allocationEffect'),
    value: t('sectors.list.value'),
    referenceShare: t('sectors.list.referenceShare'),
    partOf: (part) => t('sectors.list.part', { part: t(`sectors.weights.${part}`) }),
    verdictOf: (r) => verdictText(r, language),
    themeName: (theme) => t(`sectors.themes.${theme}`),
    slqDlqName: (r) => (r.result.growth ? t(`sectors.slqDlq.${r.result.growth.slqDlq}`) : ''),
  };
}
