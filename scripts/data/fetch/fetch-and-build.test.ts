import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/domain/observation';
import { buildBundle, sourceFilesUsed, SOURCES_DIR } from '../build-bundle';
import { bpsFetchedTable } from '../table-specs/fetched-specs';
import { AREA_DATA, ROOT, readText } from '../bundle-files';
import type { BpsTableMapping } from './bps-table-mapping';
import { knownRegions } from './known-regions';
import { loadFixture } from './load-fixture';
import { runFetch, NO_KEY_MESSAGE, type FetchOptions } from './run-fetch';
import { startWebApiStandIn, type StandIn } from './testing/webapi-stand-in';

const KEY = 'k3y-7f0c1d9e-never-written';
const provincesCsv = readText(join(AREA_DATA, 'provinces.csv'));
const regenciesCsv = readText(join(AREA_DATA, 'regencies.csv'));

const IPM: BpsTableMapping = {
  id: 'ipm',
  indicator: 'ipm',
  domain: '0000',
  var: 413,
  period: { id: 0, label: 'Tahun' },
  levels: ['country', 'province'],
  unit: 'index (0-100)',
};
// The province total is already in the national table: the province table gives regencies only.
const IPM_KALBAR: BpsTableMapping = { ...IPM, id: 'ipm-6100', domain: '6100', var: 990, levels: ['regency'] };
const TPT: BpsTableMapping = {
  ...IPM,
  id: 'tpt',
  indicator: 'unemployment-rate',
  var: 543,
  period: { id: 190, label: 'Agustus' },
  unit: 'percent',
};
const MAPPINGS = [IPM, IPM_KALBAR, TPT];

/** The constructed national table plus a 2022 Papua province under a code learnt from the domain list. */
function nationalTable(revised: boolean) {
  const table = structuredClone(loadFixture('data_domain0000_var413_provinces_2022_2023.json')) as {
    vervar: { val: number; label: string }[];
    datacontent: Record<string, number>;
  };
  table.vervar.push({ val: 9700, label: 'PAPUA PEGUNUNGAN' });
  table.datacontent['970041301230'] = 52.45;
  if (revised) table.datacontent['999941301230'] = 73.6;
  return table;
}

const provinceList = {
  status: 'OK',
  'data-availability': 'available',
  data: [
    { page: 1, pages: 1, total: 3 },
    [
      { domain_id: '6100', domain_name: 'Kalimantan Barat', domain_url: 'https://kalbar.bps.go.id' },
      { domain_id: '9400', domain_name: 'Papua', domain_url: 'https://papua.bps.go.id' },
      { domain_id: '9700', domain_name: 'Papua Pegunungan', domain_url: 'https://papuapegunungan.bps.go.id' },
    ],
  ],
};

let standIn: StandIn;
let dir: string;
let reviseNational = false;
const log: string[] = [];
const sleeps: number[] = [];

const fetchInto = (env: FetchOptions['env']) =>
  runFetch({
    env,
    mappings: MAPPINGS,
    sourcesDir: dir,
    crosswalkCsv: readText(join(ROOT, 'data', 'codes', 'bps_kemendagri.csv')),
    regions: knownRegions(provincesCsv, regenciesCsv),
    today: '2026-12-04',
    log: (line) => log.push(line),
    sleep: async (ms) => void sleeps.push(ms),
  });
const goodEnv = () => ({ BPS_WEBAPI_KEY: KEY, BPS_WEBAPI_URL: standIn.baseUrl });
const fetchedTexts = () =>
  Object.fromEntries(
    readdirSync(join(dir, 'bps-webapi')).map((name) => [
      `bps-webapi/${name}`,
      readFileSync(join(dir, 'bps-webapi', name), 'utf8'),
    ]),
  );

function allFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(root, entry.name)) : [join(root, entry.name)],
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bps-fetch-'));
  standIn = await startWebApiStandIn(KEY, {
    'domain?type=prov': () => ({ body: provinceList }),
    '0000/413': () => ({ body: nationalTable(reviseNational) }),
    '6100/990': (calls) =>
      calls === 1
        ? { status: 503, body: {} }
        : { body: loadFixture('data_domain6100_kabkota_kalbar_2022_2023.json') },
    '0000/543': () => ({ body: loadFixture('list_not_available.json') }),
  });
});

afterAll(async () => {
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('data:fetch + data:build against a stand-in of the WebAPI', () => {
  it('without a key says so, asks nothing and writes nothing', async () => {
    expect(await fetchInto({ BPS_WEBAPI_URL: standIn.baseUrl })).toEqual({ exitCode: 0, reports: [] });
    expect(log).toEqual([NO_KEY_MESSAGE]);
    expect(standIn.requests).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fetches both tables, retries the 503 once and reports the table that is not available', async () => {
    const { exitCode, reports } = await fetchInto(goodEnv());
    expect(exitCode).toBe(0);
    expect(reports.map((r) => [r.id, r.status, r.fetched, r.newYears.join(' ')])).toEqual([
      ['ipm', 'fetched', 71, '2022 2023'],
      ['ipm-6100', 'fetched', 28, '2022 2023'],
      ['tpt', 'not-available', 0, ''],
    ]);
    expect(standIn.requests.filter((r) => r.includes('domain=6100'))).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(readdirSync(join(dir, 'bps-webapi')).sort()).toEqual(['ipm-6100.csv', 'ipm.csv']);
  });

  // The whole build runs here: seconds on a busy machine.
  it(
    'builds observations under Kemendagri codes, credited to BPS’s table with the access date',
    { timeout: 30_000 },
    () => {
      const bundle = buildBundle({
        provincesCsv,
        regenciesCsv,
        sources: Object.fromEntries(
          sourceFilesUsed().map((file) => [file, readText(join(ROOT, SOURCES_DIR, file))]),
        ),
        fetched: fetchedTexts(),
        fetchedTables: MAPPINGS.map(bpsFetchedTable),
      });
      expect(bundle.issues).toEqual([]);
      for (const [path, text] of bundle.files) {
        mkdirSync(dirname(join(dir, 'v1', path)), { recursive: true });
        writeFileSync(join(dir, 'v1', path), text);
      }
      const written = JSON.parse(readFileSync(join(dir, 'v1', 'observations', 'ipm.json'), 'utf8')) as {
        observations: Observation[];
      };
      const at = (region: string, year: number) =>
        written.observations.find((o) => o.region === region && o.year === year);
      expect(at('61.07', 2022)).toEqual({
        region: '61.07', // BPS 6102 Bengkayang
        year: 2022,
        value: 68.74,
        source: {
          name: 'BPS – Indeks Pembangunan Manusia (IPM) Menurut Kabupaten/Kota di Provinsi Kalimantan Barat (var 990, domain 6100), WebAPI, diakses 2026-12-04',
          url: 'https://kalbar.bps.go.id/id/statistics-table/2/OTkwIzI=/indeks-pembangunan-manusia--ipm--menurut-kabupaten-kota-di-provinsi-kalimantan-barat.html',
          grade: 'official',
        },
      });
      expect(at('95', 2023)?.source?.name).toMatch(
        /^BPS – \[Metode Baru\] Indeks Pembangunan Manusia \(var 413, domain 0000\)/,
      );
      expect(at('ID', 2022)?.source?.url).toBe(
        'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/-metode-baru--indeks-pembangunan-manusia.html',
      );
      // What the fetch did not return stays the compiled copy, graded as its table.
      expect(at('61.07', 2021)?.source?.grade).toBeUndefined();
      expect(at('61.07', 2021)?.source?.name).toBe('BPS (via tauradavin/uas-visdat-2026 mirror)');
      expect(bundle.replaced).toBe(71 + 28);
    },
  );

  it('keeps an unchanged table as it was and lists a revised value', async () => {
    const before = readFileSync(join(dir, 'bps-webapi', 'ipm-6100.csv'), 'utf8');
    reviseNational = true;
    const { reports } = await fetchInto(goodEnv());
    expect(reports[0]).toMatchObject({
      status: 'fetched',
      unchanged: 70,
      revised: [{ region: 'ID', year: '2023', from: '73.55', to: '73.6' }],
    });
    expect(reports[1]).toMatchObject({ status: 'unchanged', unchanged: 28 });
    expect(readFileSync(join(dir, 'bps-webapi', 'ipm-6100.csv'), 'utf8')).toBe(before);
    expect(log).toContain('  revised ID 2023: 73.55 → 73.6');
  });

  it('reports an invalid key for every table and changes nothing', async () => {
    const before = fetchedTexts();
    const { exitCode, reports } = await fetchInto({ ...goodEnv(), BPS_WEBAPI_KEY: 'wrong-key' });
    expect(exitCode).toBe(1);
    expect(reports.map((r) => [r.status, r.message])).toEqual(
      Array(3).fill(['error', 'WebAPI error: Invalid key']),
    );
    expect(fetchedTexts()).toEqual(before);
  });

  it('reads the same tables through the path form of the URLs', async () => {
    const queryDir = dir;
    dir = mkdtempSync(join(tmpdir(), 'bps-fetch-path-'));
    try {
      const { reports } = await fetchInto({ ...goodEnv(), BPS_WEBAPI_URL_FORM: 'path' });
      expect(reports.map((r) => [r.id, r.status, r.fetched])).toEqual([
        ['ipm', 'fetched', 71],
        ['ipm-6100', 'fetched', 28],
        ['tpt', 'not-available', 0],
      ]);
      expect(standIn.requests.at(-1)).toBe('/v1/api/list/model/data/lang/ind/domain/0000/var/543/key/*/?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      dir = queryDir;
    }
  });

  it('writes the key into no file and no log line, and leaves no temporary file', () => {
    const files = allFiles(dir);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    expect(log.join('\n')).not.toContain(KEY);
    expect(log.length).toBeGreaterThan(5);
  });
});
