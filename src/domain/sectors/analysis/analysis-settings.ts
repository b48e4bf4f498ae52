import type { ReferenceKind } from '../measures/reference-economy';
import type { PriceBasis } from '../sector-value';

export type GrowthConvention = 'cagr' | 'mean';

export interface AnalysisSettings {
  /** Price basis of the structure (shares, static LQ). Growth measures always use ADHK. */
  basis: PriceBasis;
  from?: number;
  to?: number;
  ref?: ReferenceKind;
  growth: GrowthConvention;
  /** A quarter to read as a structure snapshot, even where annual rows exist; never a growth period. */
  quarter?: { year: number; quarter: number };
  /** Klassen growth test against the same sector in the reference (default) or the reference's total. */
  klassenAgainst?: 'sector' | 'total';
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { basis: 'adhk', growth: 'cagr' };
