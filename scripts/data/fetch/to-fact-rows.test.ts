import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_DATA, ROOT, readText } from '../bundle-files';
import { bpsCodes } from './bps-region-codes';
import type { BpsTableMapping } from './bps-table-mapping';
import { decodeDataContent } from './decode-datacontent';
import { knownRegions } from './known-regions';
import { loadFixture } from './load-fixture';
import { PROVISIONAL_NOTE, toFactRows, type TableContext } from './to-fact-rows';
import { readDataResponse, type DataTable } from './webapi-response';

const regions = knownRegions(
  readText(join(AREA_DATA, 'provinces.csv')),
  readText(join(AREA_DATA, 'regencies.csv')),
);
const codes = bpsCodes(readText(join(ROOT, 'data', 'codes', 'bps_kemendagri.csv')), regions);

function tableOf(name: string): DataTable {
  const outcome = readDataResponse(loadFixture(name));
  if (outcome.kind !== 'data') throw new Error(outcome.kind);
  return outcome.table;
}

const NATIONAL: BpsTableMapping = {
  id: 'ipm',
  indicator: 'ipm',
  domain: '0000',
  var: 413,
  period: { id: 0, label: 'Tahun' },
  levels: ['country', 'province'],
  unit: 'index (0-100)',
};
const KALBAR: BpsTableMapping = {
  ...NATIONAL,
  id: 'ipm-6100',
  domain: '6100',
  var: 990,
  levels: ['province', 'regency'],
};

function run(table: DataTable, mapping: BpsTableMapping) {
  const context: TableContext = {
    mapping,
    indicator: { id: 'ipm', range: { min: 0, max: 100 } },
    codes,
    regions,
    url: 'https://example.bps.go.id/t',
    accessed: '2026-12-04',
  };
  return toFactRows(table, decodeDataContent(table), context);
}
const value = (rows: { region_code: string; year: string; value: string }[], code: string, year: string) =>
  rows.find((r) => r.region_code === code && r.year === year)?.value;

describe('toFactRows', () => {
  it('writes the national var 413 table under Kemendagri codes', () => {
    const { rows, problems } = run(tableOf('data_domain0000_var413_provinces_2022_2023.json'), NATIONAL);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(70);
    expect(rows[0]).toEqual({
      region_code: 'ID',
      region_name: 'Indonesia',
      level: 'country',
      year: '2022',
      value: '72.91',
      unit: 'index (0-100)',
      source_url: 'https://example.bps.go.id/t',
      series: '[Metode Baru] Indeks Pembangunan Manusia',
      original_source: 'BPS WebAPI (webapi.bps.go.id), var 413, domain 0000',
      note: '',
      accessed: '2026-12-04',
    });
    expect(value(rows, '92', '2022')).toBe('65.16'); // BPS 9100 Papua Barat
    expect(value(rows, '91', '2023')).toBe('72.41'); // BPS 9400 Papua
    expect(value(rows, '19', '2023')).toBe('72.85'); // KEP. BANGKA BELITUNG
  });

  it('places the Kalbar regencies by the crosswalk and the 9999 total on the province', () => {
    const { rows, problems } = run(tableOf('data_domain6100_kabkota_kalbar_2022_2023.json'), KALBAR);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(30);
    expect(value(rows, '61.07', '2022')).toBe('68.74'); // BPS 6102 Bengkayang
    expect(value(rows, '61.02', '2023')).toBe('67.92'); // BPS 6104 Mempawah
    expect(value(rows, '61', '2022')).toBe('68.63');
    expect(rows.find((r) => r.region_code === '61.02')?.region_name).toBe('Kabupaten Mempawah');
  });

  it('keeps the valid rows and reports a second total, an out-of-range value and an unknown row', () => {
    const table = tableOf('data_domain6100_kabkota_kalbar_2022_2023.json');
    table.vervar.push({ val: 6100, label: 'Kalimantan Barat' }, { val: 9707, label: 'Yahukimo' });
    Object.assign(table.datacontent, { '610099001220': 68.6, '970799001220': 50, '611199001230': 164.79 });
    const { rows, problems } = run(table, KALBAR);
    expect(rows).toHaveLength(29);
    // The cells come in datacontent order: 9999 was there first, the added 6100 cell is the second value.
    expect(value(rows, '61', '2022')).toBe('68.63');
    expect(value(rows, '61.11', '2023')).toBeUndefined();
    expect(problems).toEqual([
      'ipm value 164.79 for 61.11 in 2023 is outside the range 0…100',
      'a second value for 61 in 2022 (row 6100) was left out',
      'row 9707 "Yahukimo": no Kemendagri code for BPS 9707',
    ]);
  });

  it('flags provisional years and refuses a period whose label is not the one configured', () => {
    const table = tableOf('data_domain0000_var413_provinces_2022_2023.json');
    table.tahun[1] = { val: 123, label: '2023*' };
    const { rows } = run(table, NATIONAL);
    expect(rows.filter((r) => r.note === PROVISIONAL_NOTE).map((r) => r.year)).toEqual(
      Array(35).fill('2023'),
    );
    expect(value(rows, 'ID', '2023')).toBe('73.55');
    const august = run(table, { ...NATIONAL, period: { id: 0, label: 'Agustus' } });
    expect(august).toEqual({ rows: [], problems: ['period 0 is "Tahun", expected "Agustus"'] });
  });

  it('says which cells it could not use', () => {
    const table = tableOf('data_domain0000_var413_provinces_2022_2023.json');
    table.datacontent['12345'] = 1;
    expect(run(table, NATIONAL).problems).toEqual(['1 cell(s) match no row: 12345']);
    const august = run(table, { ...NATIONAL, period: { id: 190, label: 'Agustus' } });
    expect(august).toEqual({
      rows: [],
      problems: ['1 cell(s) match no row: 12345', 'no cell for turvar 0 and period 190 "Agustus"'],
    });
  });

  it('refuses an answer for another var', () => {
    const { rows, problems } = run(tableOf('data_domain0000_var413_provinces_2022_2023.json'), {
      ...NATIONAL,
      var: 414,
    });
    expect(rows).toEqual([]);
    expect(problems).toEqual(['the answer is for var 413, not var 414']);
  });
});
