import type { PriorityPart, RankedSector } from '../../../domain/sectors/priority';
import type { BrandingTheme } from '../../../domain/sectors/sector-codes';

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
  technical: string;
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
