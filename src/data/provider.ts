import type { Topology } from 'topojson-specification';
import type { Indicator } from '../domain/indicator';
import type { Observation } from '../domain/observation';
import type { Region } from '../domain/region';
import type { SectorValue } from '../domain/sectors/sector-value';
import type { Target } from '../domain/target';
import type { Validated } from './schemas/validate-rows';

export type BoundaryLevel = 'province' | 'regency';

/** Everything the app reads. One implementation fetches Data API v1; tests may pass their own. */
export interface DataProvider {
  regions(signal?: AbortSignal): Promise<Validated<Region>>;
  indicators(signal?: AbortSignal): Promise<Validated<Indicator>>;
  observations(indicatorId: string, signal?: AbortSignal): Promise<Validated<Observation>>;
  boundaries(level: BoundaryLevel, signal?: AbortSignal): Promise<Topology>;
  /** Optional file: a publisher without targets has none, which is not an error (empty rows). */
  targets?(indicatorId: string, signal?: AbortSignal): Promise<Validated<Target>>;
  /** PDRB by lapangan usaha (`sectors/pdrb.json`); a publisher without it has no sector data (empty rows). */
  sectors?(signal?: AbortSignal): Promise<Validated<SectorValue>>;
}
