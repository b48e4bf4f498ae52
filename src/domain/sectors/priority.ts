import type { SectorAnalysis, SectorResult } from './analysis/sector-analysis';
import type { CommunityNeed } from './needs/need-rule';
import type { SectorCode } from './sector-codes';

export { communityNeed, type CommunityNeed, type NeedMeasure } from './needs/need-rule';

/** The five parts of the priority score, in URL order (`w=slq,dlq,competitive,size,need`). */
export const PRIORITY_PARTS = ['slq', 'dlq', 'competitive', 'size', 'need'] as const;
export type PriorityPart = (typeof PRIORITY_PARTS)[number];
export type PriorityWeights = Readonly<Record<PriorityPart, number>>;

export const DEFAULT_WEIGHTS: PriorityWeights = { slq: 25, dlq: 20, competitive: 15, size: 25, need: 15 };
export const MAX_WEIGHT = 100;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Each part scaled to 0–1; null when the data cannot give it (no growth period, no need data). */
export type PriorityParts = Record<PriorityPart, number | null>;

/**
 * SLQ and DLQ on a log scale centred on 1 (SLQ ½ → 0, 1 → 0.5, 2 → 1; DLQ ⅔ → 0, 1 → 0.5, 1.5 → 1);
 * competitiveness as the yearly growth edge over the same sector in the reference (−5 pp → 0, +5 pp → 1);
 * size as the share of PDRB (20 % or more → 1); need for the sectors the need rule (needs.ts) targets.
 */
export function priorityParts(
  result: SectorResult,
  years: number | null,
  need: CommunityNeed | null,
): PriorityParts {
  const g = result.growth;
  const logScale = (x: number, full: number) => (x > 0 ? clamp01((Math.log(x) / Math.log(full) + 1) / 2) : 0);
  let competitive: number | null = null;
  if (g && years) {
    const edge = Math.pow((1 + g.shift.rij) / (1 + g.shift.rin), 1 / years) - 1;
    competitive = clamp01((edge / 0.05 + 1) / 2);
  }
  return {
    slq: logScale(result.slq, 2),
    dlq: g ? logScale(g.dlq, 1.5) : null,
    competitive,
    size: clamp01(result.share / 0.2),
    need: need ? (need.bySector[result.sector]?.level ?? 0) : null,
  };
}

/** 0–100: the weighted mean of the parts the data can give, weights renormalised over them. */
export function priorityScore(parts: PriorityParts, weights: PriorityWeights): number {
  let sum = 0;
  let weight = 0;
  for (const part of PRIORITY_PARTS) {
    const value = parts[part];
    if (value === null) continue;
    sum += weights[part] * value;
    weight += weights[part];
  }
  return weight > 0 ? (100 * sum) / weight : 0;
}

export interface RankedSector {
  rank: number;
  sector: SectorCode;
  score: number;
  parts: PriorityParts;
  result: SectorResult;
}

/** Sectors by priority score, highest first; ties go to the larger sector. */
export function rankSectorPriorities(
  analysis: SectorAnalysis,
  weights: PriorityWeights,
  need: CommunityNeed | null,
): RankedSector[] {
  return analysis.sectors
    .map((result) => {
      const parts = priorityParts(result, analysis.growth?.years ?? null, need);
      return { sector: result.sector, score: priorityScore(parts, weights), parts, result };
    })
    .sort((a, b) => b.score - a.score || b.result.share - a.result.share)
    .map((entry, i) => ({ ...entry, rank: i + 1 }));
}

/** The parts that count in this analysis (weight above zero and data to compute them). */
export function partsInUse(ranked: readonly RankedSector[], weights: PriorityWeights): PriorityPart[] {
  const first = ranked[0];
  if (!first) return [];
  return PRIORITY_PARTS.filter((p) => weights[p] > 0 && first.parts[p] !== null);
}
