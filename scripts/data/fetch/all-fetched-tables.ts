import { bpsFetchedTable } from '../table-specs/fetched-specs';
import { BPS_TABLES } from './bps-table-mapping';
import { CKAN_TABLES, ckanFetchedTable } from './ckan/ckan-mapping';
import type { FetchedTable } from './fetched-table';

/** Every table a source adapter may have written; `data:build` reads those that exist. */
export const ALL_FETCHED_TABLES: readonly FetchedTable[] = [
  ...BPS_TABLES.map(bpsFetchedTable),
  ...CKAN_TABLES.map(ckanFetchedTable),
];
