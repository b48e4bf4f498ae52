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
}

export interface ObservationSet {
  indicator: string;
  observations: Observation[];
}
