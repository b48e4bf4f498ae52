/** Static location quotient: (E_ij / E_j) / (E_in / E_n). */
export function computeLocationQuotient(eij: number, ej: number, ein: number, en: number): number {
  return eij / ej / (ein / en);
}

/** Compound average annual growth over `years` years: (end/base)^(1/T) − 1. */
export function compoundGrowth(base: number, end: number, years: number): number {
  return Math.pow(end / base, 1 / years) - 1;
}

/** Arithmetic mean of the year-on-year growth rates of consecutive yearly values. */
export function meanYearlyGrowth(series: readonly number[]): number {
  let sum = 0;
  for (let i = 1; i < series.length; i += 1) sum += series[i]! / series[i - 1]! - 1;
  return sum / (series.length - 1);
}

export interface GrowthRates {
  /** Sector i in region j. */
  gij: number;
  /** Total of region j. */
  gj: number;
  /** Sector i in the reference. */
  gin: number;
  /** Total of the reference. */
  gn: number;
}

/** DLQ = [(1+g_ij)/(1+g_j)]^T / [(1+g_in)/(1+g_n)]^T. With CAGR it is a ratio of growth factors. */
export function computeDynamicLocationQuotient(g: GrowthRates, years: number): number {
  return Math.pow((1 + g.gij) / (1 + g.gj), years) / Math.pow((1 + g.gin) / (1 + g.gn), years);
}

export type SlqDlqClass = 'unggulan' | 'andalan' | 'prospektif' | 'tertinggal';

/**
 * Kuncoro's SLQ × DLQ matrix. Papers disagree on the names of the two mixed cells; this follows
 * methods.md (SLQ<1, DLQ>1 → andalan; SLQ>1, DLQ<1 → prospektif).
 */
export function classifySlqDlq(slq: number, dlq: number): SlqDlqClass {
  if (slq > 1) return dlq > 1 ? 'unggulan' : 'prospektif';
  return dlq > 1 ? 'andalan' : 'tertinggal';
}
