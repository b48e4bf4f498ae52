import type { RegionCode } from '../../region';
import type { KlassenQuadrant, Verdict } from '../measures/klassen';
import type { GrowthRates, SlqDlqClass } from '../measures/location-quotient';
import type { ReferenceKind } from '../measures/reference-economy';
import type { EstebanMarquillas, ShiftShare } from '../measures/shift-share';
import type { SectorCode } from '../sector-codes';
import type { SectorTable } from '../sector-tables';
import type { PriceBasis } from '../sector-value';
import type { GrowthConvention } from './analysis-settings';

export type AnalysisNote =
  | { kind: 'year-unavailable'; param: 'from' | 'to'; requested: number; used: number | null }
  | { kind: 'basis-unavailable'; requested: PriceBasis; used: PriceBasis }
  | { kind: 'ref-unavailable'; requested: ReferenceKind; used: ReferenceKind }
  | { kind: 'boundary-change'; years: number[] }
  | { kind: 'boundary-latest'; latest: number; used: number }
  | { kind: 'mean-needs-every-year' }
  | { kind: 'single-year' }
  | { kind: 'zero-base'; sectors: SectorCode[] }
  | { kind: 'quarter-unavailable'; year: number; quarter: number };

export interface SectorGrowth {
  rates: GrowthRates;
  dlq: number;
  slqBase: number;
  shift: ShiftShare;
  em: EstebanMarquillas;
  klassen: KlassenQuadrant;
  slqDlq: SlqDlqClass;
  /** Tests of methods.md §5 passed, 0–4. */
  overlay: number;
  verdict: Verdict;
}

export interface SectorResult {
  sector: SectorCode;
  /** End-year value in the structure basis, miliar rupiah. */
  value: number;
  share: number;
  referenceShare: number;
  slq: number;
  /** Absent for a snapshot, or where the base-year value is zero. */
  growth?: SectorGrowth;
}

export interface GrowthPeriod {
  from: number;
  to: number;
  years: number;
  convention: GrowthConvention;
}

export interface SectorAnalysis {
  mode: 'annual' | 'quarterly';
  region: RegionCode;
  reference: { kind: ReferenceKind; code: RegionCode; parts?: number };
  referenceKinds: ReferenceKind[];
  basis: PriceBasis;
  bases: PriceBasis[];
  year: number;
  quarter: number | null;
  /** Years the structure can be read for (region and reference both present in this basis). */
  years: number[];
  /** Years usable as base of the growth period for this end year. */
  growthYears: number[];
  growth: GrowthPeriod | null;
  preliminary: boolean;
  sectors: SectorResult[];
  /** Static LQ of every sector in each year with data, for the "LQ per year" table. */
  slqByYear: { year: number; slq: Record<SectorCode, number> }[];
  regionTable: SectorTable;
  referenceTable: SectorTable;
  notes: AnalysisNote[];
  /** The region's quarters (each a snapshot on offer) and whether it has annual rows at all. */
  quarters?: { year: number; quarter: number }[];
  hasAnnual?: boolean;
}

export type AnalysisOutcome =
  | { status: 'ok'; analysis: SectorAnalysis }
  | { status: 'no-data'; reason: 'no-rows' | 'no-reference' | 'country' };
