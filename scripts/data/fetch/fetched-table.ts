import type { Source } from '../../../src/domain/provenance';
import type { CsvRow } from '../csv';

/**
 * A fact table a source adapter wrote under data/sources (BPS WebAPI, a CKAN portal …), in the columns
 * of the compiled tables plus `accessed`, and the credit each of its rows gets in the bundle.
 */
export interface FetchedTable {
  indicator: string;
  /** Path inside data/sources, e.g. "bps-webapi/ipm.csv". */
  file: string;
  source: (row: CsvRow) => Source;
}
