import type { Source } from '../../../src/domain/provenance';
import { field, type CsvRow } from '../csv';
import { fetchedFile, type BpsTableMapping } from '../fetch/bps-table-mapping';
import { csvNote, type TableSpec } from './table-spec';

/** The credit BPS's own table gets: its title, var and domain, where it was read and when. */
export function fetchedSource(mapping: BpsTableMapping, row: CsvRow): Source {
  return {
    name: `BPS – ${field(row, 'series')} (var ${mapping.var}, domain ${mapping.domain}), WebAPI, diakses ${field(row, 'accessed')}`,
    url: field(row, 'source_url'),
    grade: 'official',
  };
}

/** How `data:build` reads a table written by `data:fetch` (data/sources/bps-webapi/<id>.csv). */
export function fetchedSpec(mapping: BpsTableMapping): TableSpec {
  return {
    indicator: mapping.indicator,
    file: fetchedFile(mapping),
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: csvNote,
    source: (row) => fetchedSource(mapping, row),
  };
}
