import type { ObservationFlag, Source } from '../provenance';
import type { RegionCode } from '../region';
import type { SectorOrTotal } from './sector-codes';

/** ADHK = constant 2010 prices, ADHB = current prices. */
export type PriceBasis = 'adhk' | 'adhb';

/** One PDRB figure: a region's value added in one sector (or its total) for a year or a quarter. */
export interface SectorValue {
  region: RegionCode;
  year: number;
  /** Absent for an annual figure; 1–4 for a quarter. Quarters are never mixed with years. */
  quarter?: number;
  basis: PriceBasis;
  sector: SectorOrTotal;
  /** Miliar rupiah. */
  value: number;
  source?: Source;
  note?: string;
  flags?: ObservationFlag[];
  /** Preliminary figures (BPS "sementara"/"sangat sementara"). */
  preliminary?: boolean;
}
