import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_DATA, readText } from '../bundle-files';
import type { BpsTableMapping } from '../fetch/bps-table-mapping';
import { factTableCsv, type FactRow } from '../fetch/fact-row';
import { knownRegions } from '../fetch/known-regions';
import { bpsFetchedTable } from '../table-specs/fetched-specs';
import { fetchedObservations } from './fetched-observations';

const regions = knownRegions(
  readText(join(AREA_DATA, 'provinces.csv')),
  readText(join(AREA_DATA, 'regencies.csv')),
);
const TPT: BpsTableMapping = {
  id: 'unemployment-rate',
  indicator: 'unemployment-rate',
  domain: '0000',
  var: 543,
  period: { id: 190, label: 'Agustus' },
  levels: ['country', 'province'],
  unit: 'percent',
};
const row = (region_code: string, region_name: string, year: string, value: string, note = ''): FactRow => ({
  region_code,
  region_name,
  level: 'province',
  year,
  value,
  unit: 'percent',
  source_url: 'https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/x.html',
  series: 'Tingkat Pengangguran Terbuka Menurut Provinsi',
  original_source: 'BPS WebAPI (webapi.bps.go.id), var 543, domain 0000',
  note,
  accessed: '2026-12-04',
});

describe('fetchedObservations', () => {
  it('reads a fetched table with the usual row checks and credits BPS’s table as official', () => {
    const text = factTableCsv([
      row('61', 'Kalimantan Barat', '2025', '4.71', 'angka sementara (BPS)'),
      row('91', 'Papua', '2021', '3.33'),
      row('62', 'Kalimantan Barat', '2025', '4.1'),
    ]);
    const { drafts, issues } = fetchedObservations(
      { 'bps-webapi/unemployment-rate.csv': text },
      [bpsFetchedTable(TPT)],
      regions,
      'data/sources',
    );
    expect(
      drafts.map(({ region, year, value, note, flags }) => ({ region, year, value, note, flags })),
    ).toEqual([
      { region: '61', year: 2025, value: 4.71, note: 'angka sementara (BPS)', flags: undefined },
      {
        region: '91',
        year: 2021,
        value: 3.33,
        note: 'pre-2022 boundary: Papua/Papua Barat before the 2022 split',
        flags: ['old-boundary'],
      },
    ]);
    expect(drafts[0]?.source).toEqual({
      name: 'BPS – Tingkat Pengangguran Terbuka Menurut Provinsi (var 543, domain 0000), WebAPI, diakses 2026-12-04',
      url: 'https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/x.html',
      grade: 'official',
    });
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual([
      'data/sources/bps-webapi/unemployment-rate.csv:4',
    ]);
  });

  it('reads nothing when no table was fetched', () => {
    expect(fetchedObservations({}, [bpsFetchedTable(TPT)], regions, 'data/sources')).toEqual({
      drafts: [],
      issues: [],
      skipped: [],
    });
  });
});
