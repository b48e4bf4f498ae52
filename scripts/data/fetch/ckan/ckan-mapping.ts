import { field } from '../../csv';
import type { FetchedTable } from '../fetched-table';

/** One CKAN DataStore resource (Satu Data Indonesia, a regional portal) and how it feeds an indicator. */
export interface CkanTableMapping {
  /** The fact table it writes: data/sources/satu-data/<id>.csv. */
  id: string;
  indicator: string;
  /** The portal's action API, e.g. https://data.go.id/api/3/action. */
  apiUrl: string;
  resourceId: string;
  /** The public dataset page, written on every row. */
  pageUrl: string;
  /** Dataset title and producing agency as the portal names them. */
  title: string;
  publisher: string;
  columns: { region: string; year: string; value: string };
  /** Kemendagri codes ("61.01" or "6101") or BPS codes (through the crosswalk). */
  regionCodes: 'kemendagri' | 'bps';
  unit: string;
}

/**
 * No resource is configured yet: none has been checked against a live portal from here. Add one with
 * its columns read from the dataset page, then read the first run's report.
 */
export const CKAN_TABLES: readonly CkanTableMapping[] = [];

export const ckanFile = (mapping: Pick<CkanTableMapping, 'id'>) => `satu-data/${mapping.id}.csv`;

/** A dataset published by the producing agency itself on the government portal is its official release. */
export function ckanFetchedTable(mapping: CkanTableMapping): FetchedTable {
  return {
    indicator: mapping.indicator,
    file: ckanFile(mapping),
    source: (row) => ({
      name: `${mapping.publisher} – ${field(row, 'series')} (Satu Data), diakses ${field(row, 'accessed')}`,
      url: field(row, 'source_url'),
      grade: 'official',
    }),
  };
}
