import type { Polarity } from '../../indicator';
import type { TargetAssessment } from '../../target';
import type { Change } from '../change/change-since';
import { movementOf } from '../change/change-since';
import { quartileOfRank } from '../ranking/quartiles';
import type { Rank } from '../ranking/rank-regions';

export type Position = 'above' | 'below' | 'equal';

export interface Comparison {
  position: Position;
  /** better / worse by polarity; same when equal at the published precision; neutral has none. */
  verdict: 'better' | 'worse' | 'same' | 'neutral';
}

/** Where a value sits against a benchmark (the province, Indonesia), at the published precision. */
export function compareWith(
  value: number,
  benchmark: number,
  polarity: Polarity,
  decimals: number,
): Comparison {
  const movement = movementOf(value - benchmark, decimals);
  const position: Position = movement === 'flat' ? 'equal' : movement === 'up' ? 'above' : 'below';
  if (polarity === 'neutral') return { position, verdict: 'neutral' };
  if (position === 'equal') return { position, verdict: 'same' };
  const good: Position = polarity === 'higher-is-better' ? 'above' : 'below';
  return { position, verdict: position === good ? 'better' : 'worse' };
}

export type Concern =
  | 'missed-target'
  | 'off-track'
  | 'bottom-quartile'
  | 'bottom-quartile-in-parent'
  | 'worsening'
  | 'worse-than-benchmark';

export type Strength =
  | 'target-met'
  | 'on-track'
  | 'top-quartile'
  | 'top-quartile-in-parent'
  | 'improving'
  | 'better-than-benchmark';

/** How much each finding weighs; a missed target or a place among the worst quarter weighs most. */
const CONCERN_WEIGHT: Record<Concern, number> = {
  'missed-target': 3,
  'bottom-quartile': 3,
  'off-track': 2,
  'bottom-quartile-in-parent': 2,
  worsening: 2,
  'worse-than-benchmark': 1,
};
const STRENGTH_WEIGHT: Record<Strength, number> = {
  'target-met': 3,
  'top-quartile': 3,
  'on-track': 2,
  'top-quartile-in-parent': 2,
  improving: 2,
  'better-than-benchmark': 1,
};

export interface Standing {
  polarity: Polarity;
  change: Change | undefined;
  /** Among all regions of the same level. */
  levelRank: Rank | undefined;
  /** Among the regions with the same parent (a regency within its province). */
  parentRank: Rank | undefined;
  benchmark: Comparison | undefined;
  target: TargetAssessment | undefined;
}

export interface Assessment {
  concerns: Concern[];
  strengths: Strength[];
  severity: number;
  merit: number;
  /** 'attention' when the concerns weigh at least as much as the strengths, 'well' when less; else none. */
  group: 'attention' | 'well' | 'none';
}

/** The findings for one indicator of one region. Neutral indicators are never judged. */
export function assess(standing: Standing): Assessment {
  const concerns: Concern[] = [];
  const strengths: Strength[] = [];
  if (standing.polarity !== 'neutral') {
    const { change, levelRank, parentRank, benchmark, target } = standing;
    if (target?.status === 'missed') concerns.push('missed-target');
    if (target?.status === 'off-track') concerns.push('off-track');
    if (target?.status === 'met') strengths.push('target-met');
    if (target?.status === 'on-track') strengths.push('on-track');
    const levelQuarter = levelRank && quartileOfRank(levelRank);
    if (levelQuarter === 4) concerns.push('bottom-quartile');
    if (levelQuarter === 1) strengths.push('top-quartile');
    const parentQuarter = parentRank && quartileOfRank(parentRank);
    if (parentQuarter === 4) concerns.push('bottom-quartile-in-parent');
    if (parentQuarter === 1) strengths.push('top-quartile-in-parent');
    if (change && !change.incomparable) {
      if (change.verdict === 'worsening') concerns.push('worsening');
      if (change.verdict === 'improving') strengths.push('improving');
    }
    if (benchmark?.verdict === 'worse') concerns.push('worse-than-benchmark');
    if (benchmark?.verdict === 'better') strengths.push('better-than-benchmark');
  }
  const severity = concerns.reduce((sum, c) => sum + CONCERN_WEIGHT[c], 0);
  const merit = strengths.reduce((sum, s) => sum + STRENGTH_WEIGHT[s], 0);
  const group = severity > 0 && severity >= merit ? 'attention' : merit > severity ? 'well' : 'none';
  return { concerns, strengths, severity, merit, group };
}

/** Most severe first; at equal severity the one with less to its credit first, then by the given order. */
export function byUrgency<T extends { assessment: Assessment }>(items: readonly T[]): T[] {
  return [...items]
    .filter((i) => i.assessment.group === 'attention')
    .sort((a, b) => b.assessment.severity - a.assessment.severity || a.assessment.merit - b.assessment.merit);
}

/** Most merit first. */
export function byMerit<T extends { assessment: Assessment }>(items: readonly T[]): T[] {
  return [...items]
    .filter((i) => i.assessment.group === 'well')
    .sort((a, b) => b.assessment.merit - a.assessment.merit || a.assessment.severity - b.assessment.severity);
}
