import { field } from '../csv';
import { fetchedFile, type BpsTableMapping } from '../fetch/bps-table-mapping';
import type { FetchedTable } from '../fetch/fetched-table';
import { csvNote, type TableSpec } from './table-spec';

/** A BPS WebAPI table, credited to BPS's own table: its title, var and domain, where and when it was read. */
export function bpsFetchedTable(mapping: BpsTableMapping): FetchedTable {
  return {
    indicator: mapping.indicator,
    file: fetchedFile(mapping),
    source: (row) => ({
      name: `BPS – ${field(row, 'series')} (var ${mapping.var}, domain ${mapping.domain}), WebAPI, diakses ${field(row, 'accessed')}`,
      url: field(row, 'source_url'),
      grade: 'official',
    }),
  };
}

/** How `data:build` reads a table written by `data:fetch`. */
export function fetchedSpec(table: FetchedTable): TableSpec {
  return {
    indicator: table.indicator,
    file: table.file,
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: csvNote,
    source: table.source,
  };
}
