import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_DATA, ROOT, readText } from '../../bundle-files';
import { fetchedObservations } from '../../observations/fetched-observations';
import { bpsCodes } from '../bps-region-codes';
import { knownRegions } from '../known-regions';
import { createWebApiClient } from '../webapi-client';
import { datastoreRecords } from './ckan-datastore';
import { ckanFactRows } from './ckan-fact-rows';
import { ckanFetchedTable, type CkanTableMapping } from './ckan-mapping';
import { runCkan } from './run-ckan';

const regions = knownRegions(
  readText(join(AREA_DATA, 'provinces.csv')),
  readText(join(AREA_DATA, 'regencies.csv')),
);
const codes = bpsCodes(readText(join(ROOT, 'data', 'codes', 'bps_kemendagri.csv')), regions);
// Constructed: no Satu Data resource has been read from here.
const POVERTY: CkanTableMapping = {
  id: 'poverty-kalbar',
  indicator: 'poverty-rate',
  apiUrl: 'http://portal.test/api/3/action',
  resourceId: 'res-1',
  pageUrl: 'http://portal.test/dataset/kemiskinan',
  title: 'Persentase Penduduk Miskin menurut Kabupaten/Kota',
  publisher: 'Bappeda Kalimantan Barat',
  columns: { region: 'kode_wilayah', year: 'tahun', value: 'persen' },
  regionCodes: 'kemendagri',
  unit: 'percent',
};
const context = {
  indicator: { id: 'poverty-rate', range: { min: 0, max: 100 } },
  codes,
  regions,
  accessed: '2026-12-04',
};

function scripted(pages: unknown[]) {
  const urls: string[] = [];
  const fetchImpl = (async (input: URL | RequestInfo) => {
    urls.push(String(input));
    return new Response(JSON.stringify(pages.shift()));
  }) as typeof fetch;
  return { fetchImpl, urls };
}
const page = (records: object[], total: number) => ({ help: '…', success: true, result: { records, total } });

describe('ckanFactRows', () => {
  it('places Kemendagri codes written with or without the dot and reports the records it cannot use', () => {
    const records = [
      { kode_wilayah: '6101', tahun: 2024, persen: '7.5' },
      { kode_wilayah: '61.07', tahun: '2024', persen: 4.25 },
      { kode_wilayah: 61, tahun: 2024, persen: 6.32 },
      { kode_wilayah: '6199', tahun: 2024, persen: 1 },
      { kode_wilayah: '6101', tahun: '24', persen: 1 },
      { kode_wilayah: '6102', tahun: 2024, persen: '1,5' },
      { kode_wilayah: '6103', tahun: 2024, persen: 101 },
      { kode_wilayah: '61.01', tahun: 2024, persen: 7.6 },
    ];
    const { rows, problems } = ckanFactRows(records, POVERTY, context);
    expect(rows.map((r) => [r.region_code, r.region_name, r.year, r.value])).toEqual([
      ['61', 'Kalimantan Barat', '2024', '6.32'],
      ['61.01', 'Kabupaten Sambas', '2024', '7.5'],
      ['61.07', 'Kabupaten Bengkayang', '2024', '4.25'],
    ]);
    expect(problems).toEqual([
      'record 4: unknown region "6199"',
      'record 5: year "24" is not a four-digit year',
      'record 6: value "1,5" is not a number',
      'record 7: poverty-rate value 101 for 61.03 in 2024 is outside the range 0…100',
      'record 8: a second value for 61.01 in 2024',
    ]);
  });

  it('reads BPS codes through the crosswalk', () => {
    const { rows } = ckanFactRows(
      [{ kode_wilayah: '6102', tahun: 2024, persen: 4.25 }],
      { ...POVERTY, regionCodes: 'bps' },
      context,
    );
    expect(rows.map((r) => r.region_code)).toEqual(['61.07']); // BPS 6102 Bengkayang
  });
});

describe('datastoreRecords', () => {
  it('pages with limit and offset until the total, without a key', async () => {
    const { fetchImpl, urls } = scripted([page([{ a: 1 }, { a: 2 }], 3), page([{ a: 3 }], 3)]);
    const client = createWebApiClient({ baseUrl: POVERTY.apiUrl, key: '', fetch: fetchImpl });
    expect(await datastoreRecords(client, 'res-1', 2)).toEqual({ records: [{ a: 1 }, { a: 2 }, { a: 3 }] });
    expect(urls).toEqual([
      'http://portal.test/api/3/action/datastore_search?resource_id=res-1&limit=2&offset=0',
      'http://portal.test/api/3/action/datastore_search?resource_id=res-1&limit=2&offset=2',
    ]);
  });

  it('passes on CKAN’s own error message', async () => {
    const { fetchImpl } = scripted([
      {
        success: false,
        error: { __type: 'Not Found Error', message: 'Not found: Resource "x" was not found.' },
      },
    ]);
    const client = createWebApiClient({ baseUrl: POVERTY.apiUrl, key: '', fetch: fetchImpl });
    expect(await datastoreRecords(client, 'x')).toEqual({ error: 'Not found: Resource "x" was not found.' });
  });
});

describe('runCkan', () => {
  it('writes a fact table that data:build reads, credited to the producing agency', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckan-'));
    try {
      const { fetchImpl } = scripted([page([{ kode_wilayah: '6101', tahun: 2024, persen: 7.5 }], 1)]);
      const log: string[] = [];
      const { exitCode, reports } = await runCkan({
        mappings: [POVERTY],
        sourcesDir: dir,
        codes,
        regions,
        today: '2026-12-04',
        log: (l) => log.push(l),
        fetch: fetchImpl,
      });
      expect([exitCode, reports[0]?.status, reports[0]?.fetched]).toEqual([0, 'fetched', 1]);
      const text = readFileSync(join(dir, 'satu-data', 'poverty-kalbar.csv'), 'utf8');
      const { drafts, issues } = fetchedObservations(
        { 'satu-data/poverty-kalbar.csv': text },
        [ckanFetchedTable(POVERTY)],
        regions,
        'data/sources',
      );
      expect(issues).toEqual([]);
      expect(drafts.map((d) => [d.region, d.year, d.value, d.source])).toEqual([
        [
          '61.01',
          2024,
          7.5,
          {
            name: 'Bappeda Kalimantan Barat – Persentase Penduduk Miskin menurut Kabupaten/Kota (Satu Data), diakses 2026-12-04',
            url: 'http://portal.test/dataset/kemiskinan',
            grade: 'official',
          },
        ],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
