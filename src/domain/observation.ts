import type { RegionCode } from './region';
import type { ObservationFlag, Source } from './provenance';

export interface Observation {
  region: RegionCode;
  year: number;
  /** null: a known gap; `note` says why. */
  value: number | null;
  source?: Source;
  note?: string;
  flags?: ObservationFlag[];
  /**
   * An official category published for this region-year, with or without a number (an Ombudsman zone):
   * the id of one of the indicator's `categories`. Never turned into a number.
   */
  category?: string;
}

export interface ObservationSet {
  indicator: string;
  observations: Observation[];
}
