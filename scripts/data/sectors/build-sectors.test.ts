import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Region, RegionCode } from '../../../src/domain/region';
import { validateSectorFile } from '../../../src/data/schemas/sector-schema';
import { indexSectorTables } from '../../../src/domain/sectors/sector-tables';
import { SECTOR_CODES } from '../../../src/domain/sectors/sector-codes';
import { BUNDLE_DIR, readBundleJson, readText, SOURCES } from '../bundle-files';
import { buildSectors } from './build-sectors';
import { CROSSWALK_FILE } from './region-crosswalk';
import { SECTOR_SOURCE_FILES } from './sector-sources';

const HEADER =
  'region_code,region_name,level,year,price_basis,sector_code,sector_name,value_billion_idr,source_url';
const URL = 'https://github.com/seanprb/indonesia-gva-map/blob/238fa23/00_base_data/x.csv';
const region = (code: string, level: Region['level']): Region => ({
  code: code as RegionCode,
  name: code,
  level,
  parent: level === 'province' ? ('ID' as RegionCode) : null,
  kind: level === 'province' ? 'provinsi' : 'negara',
});
const REGIONS = new Map([
  ['ID', region('ID', 'country')],
  ['61', region('61', 'province')],
  ['91', region('91', 'province')],
  ['61.07', { ...region('61.07', 'regency'), parent: '61' as RegionCode, kind: 'kabupaten' as const }],
]);
const CROSSWALK = [
  'bps_kode,bps_name,bps_province,region_code,region_name,kemendagri_province_code,bps_code_equals_kemendagri',
  '6102,Bengkayang,Kalimantan Barat,61.07,Kabupaten Bengkayang,61,no',
].join('\n');

const csv = (lines: string[], header = HEADER) => [header, ...lines].join('\r\n');
const sectorLines = (code: string, year: number, value = 10, name = 'x') =>
  SECTOR_CODES.map((s) => `${code},${name},province,${year},ADHK,"${s}",n,${value},${URL}`);
const emptyInputs = (): Record<string, string> => ({
  ...Object.fromEntries(
    SECTOR_SOURCE_FILES.map((f) => [f, csv([], f.includes('quarterly') ? `${HEADER},quarter` : HEADER)]),
  ),
  [CROSSWALK_FILE]: CROSSWALK,
});

describe('buildSectors', () => {
  it('keeps each figure with its source, lower-case basis and the old-boundary flag of pre-split Papua', () => {
    const sources = {
      ...emptyInputs(),
      'pdrb/pdrb_sector.csv': csv([
        ...sectorLines('61', 2020),
        `61,Kalimantan Barat,province,2020,ADHK,TOTAL,PDRB,170.02,${URL}`,
        `91,Papua (batas wilayah sebelum pemekaran 2022: termasuk 93),province,2020,ADHK,A,n,5,${URL}`,
      ]),
    };
    const built = buildSectors(sources, REGIONS);
    expect(built.issues).toEqual([]);
    expect(built.rows).toHaveLength(19);
    expect(built.rows[0]).toEqual({
      region: '61',
      year: 2020,
      basis: 'adhk',
      sector: 'A',
      value: 10,
      source: { name: expect.stringContaining('seanprb/indonesia-gva-map'), url: URL, grade: 'secondary' },
    });
    expect(built.rows.at(-1)).toMatchObject({ region: '91', flags: ['old-boundary'] });
    expect(built.warnings).toEqual([]);
  });

  it('stops on an unknown region code and a value that is not a number, naming file and line', () => {
    const sources = {
      ...emptyInputs(),
      'pdrb/pdrb_sector.csv': csv([
        `99,X,province,2020,ADHK,A,n,5,${URL}`,
        `61,X,province,2020,ADHK,A,n,"1,5",${URL}`,
      ]),
    };
    expect(buildSectors(sources, REGIONS).issues).toEqual([
      { file: 'data/sources/pdrb/pdrb_sector.csv', line: 2, message: 'unknown region code "99"' },
      {
        file: 'data/sources/pdrb/pdrb_sector.csv',
        line: 3,
        message: 'value_billion_idr "1,5" is not a number (expected digits with "." for decimals)',
      },
    ]);
  });

  it('warns when the sectors miss the published total by more than rounding', () => {
    const sources = {
      ...emptyInputs(),
      'pdrb/pdrb_sector.csv': csv([
        ...sectorLines('61', 2020),
        `61,X,province,2020,ADHK,TOTAL,PDRB,175,${URL}`,
      ]),
    };
    const built = buildSectors(sources, REGIONS);
    expect(built.issues).toEqual([]);
    expect(built.warnings).toEqual([
      'data/sources/pdrb/pdrb_sector.csv:19: the 17 sectors of 61 2020 ADHK sum to 170.00, 5.00 below the published total 175.00',
    ]);
  });

  it('bundles a quarter only when all 17 sectors are there, and never the national PDB total', () => {
    const q = (s: string, quarter: string) =>
      `6102,Bengkayang,regency,2026,ADHK,"${s}",n,1,${URL},${quarter}`;
    const sources = {
      ...emptyInputs(),
      'pdrb/pdrb_regency_quarterly_2026.csv': csv(
        [...SECTOR_CODES.map((s) => q(s, 'Q1')), q('A', 'Q2')],
        `${HEADER},quarter`,
      ),
      'pdrb/pdrb_national.csv': csv(
        [`ID,Indonesia,country,2024,ADHB,TOTAL,PDB,22139000,${URL},note`],
        `${HEADER},note`,
      ),
    };
    const built = buildSectors(sources, REGIONS);
    expect(built.rows).toHaveLength(17);
    expect(built.rows.every((r) => r.quarter === 1 && r.preliminary && r.region === '61.07')).toBe(true);
    expect(built.skipped.map((s) => s.count)).toEqual([1, 1]);
  });
});

describe('regency codes', () => {
  it('stops on a regency code that the crosswalk does not know under that name', () => {
    const sources = {
      ...emptyInputs(),
      'pdrb/pdrb_regency_annual_sumatera.csv': csv([
        `61.09,Kabupaten Bengkayang,regency,2021,ADHK,A,n,1,${URL}`,
      ]),
    };
    expect(buildSectors(sources, REGIONS).issues[0]?.message).toMatch(
      /region code "61.09" \(Kabupaten Bengkayang\) is neither a BPS code nor a Kemendagri code/,
    );
  });
});

describe('the split files', () => {
  it('puts regencies in one file per province, listed by sectors/index.json', () => {
    const regencyLines = SECTOR_CODES.map(
      (s) => `61.07,Kabupaten Bengkayang,regency,2026,ADHK,"${s}",n,2,${URL},Q1`,
    );
    const sources = {
      ...emptyInputs(),
      'pdrb/pdrb_sector.csv': csv(sectorLines('61', 2020)),
      'pdrb/pdrb_regency_quarterly_2026.csv': csv(regencyLines, `${HEADER},quarter`),
    };
    const { files } = buildSectors(sources, REGIONS);
    expect([...files.keys()].sort()).toEqual([
      'sectors/index.json',
      'sectors/pdrb.json',
      'sectors/provinces.json',
      'sectors/regencies/61.json',
    ]);
    expect(JSON.parse(files.get('sectors/index.json')!)).toEqual({
      version: 1,
      files: [
        { path: 'sectors/provinces.json', level: 'province' },
        { path: 'sectors/regencies/61.json', level: 'regency', province: '61' },
      ],
    });
    expect(JSON.parse(files.get('sectors/regencies/61.json')!).rows).toHaveLength(17);
    // Old clients keep Kalimantan Barat's regencies in the single file.
    expect(JSON.parse(files.get('sectors/pdrb.json')!).rows).toHaveLength(34);
  });
});

describe('the committed sectors/pdrb.json', () => {
  const payload = readBundleJson('sectors/pdrb.json');
  const validated = validateSectorFile('sectors/pdrb.json', payload);

  it('is exactly what the build makes from data/sources/pdrb', () => {
    const regions = readBundleJson('regions.json') as Region[];
    const sources = Object.fromEntries(
      [...SECTOR_SOURCE_FILES, CROSSWALK_FILE].map((f) => [f, readText(join(SOURCES, f))]),
    );
    const built = buildSectors(sources, new Map(regions.map((r) => [r.code as string, r])));
    expect(built.issues).toEqual([]);
    for (const [path, text] of built.files) expect(text, path).toBe(readText(join(BUNDLE_DIR, path)));
    expect(built.files.size).toBe(41);
  }, 60_000);

  it('validates without a single skipped row', () => {
    expect(validated.issues).toEqual([]);
    // 2,736 province/Sambas + 1,172 Babel/Kepri (Batam E 2024 excluded at source) + 14 × 18 × 2 Kalbar
    // 2026 Q1 and Q2 + 85 national ADHK + 3 × 17 national ADHB.
    expect(validated.rows).toHaveLength(5052);
  });

  it('holds the worked example anchors: Kalbar sector A and total, ADHK', () => {
    const tables = indexSectorTables(validated.rows);
    const kalbar2023 = tables.get('61' as RegionCode, 2023, null, 'adhk')!;
    expect(kalbar2023.values.A).toBe(35108.57);
    expect(kalbar2023.total).toBe(154980.81);
    expect(tables.get('61.11' as RegionCode, 2026, 1, 'adhk')?.preliminary).toBe(true);
    expect(tables.of('61.11' as RegionCode).map((t) => t.quarter)).toEqual([1, 2]);
  });
});

describe('the committed split sector files', () => {
  const index = readBundleJson('sectors/index.json') as { files: { path: string }[] };
  const rows = index.files.flatMap((f) => {
    const validated = validateSectorFile(f.path, readBundleJson(f.path));
    expect(validated.issues, f.path).toEqual([]);
    return validated.rows;
  });
  const tables = indexSectorTables(rows);
  const regencies = (readBundleJson('regions.json') as Region[]).filter((r) => r.level === 'regency');

  it('gives every one of the 514 kabupaten/kota both 2026 quarters, and 148 a complete annual table', () => {
    expect(regencies).toHaveLength(514);
    for (const r of regencies) {
      expect(tables.get(r.code, 2026, 1, 'adhk'), r.code).toBeDefined();
      expect(tables.get(r.code, 2026, 2, 'adhk'), r.code).toBeDefined();
    }
    const annual = new Set(
      tables.all.filter((t) => t.quarter === null && t.region.includes('.')).map((t) => t.region),
    );
    // 147 Sumatera regencies with a complete year (of 150 with rows) and Sambas.
    expect(annual.size).toBe(148);
    expect(
      tables
        .of('13.71' as RegionCode)
        .filter((t) => t.quarter === null)
        .map((t) => t.year),
    ).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('gives Kayong Utara a Pertanian LQ of 1,34 in Q1 and 1,27 in Q2 against the 14 Kalbar regencies', () => {
    const kalbar = regencies.filter((r) => r.parent === '61').map((r) => r.code);
    expect(kalbar).toHaveLength(14);
    const lqA = (quarter: number) => {
      const own = tables.get('61.11' as RegionCode, 2026, quarter, 'adhk')!;
      const parts = kalbar.map((c) => tables.get(c, 2026, quarter, 'adhk')!);
      const sumA = parts.reduce((s, t) => s + t.values.A, 0);
      const sumTotal = parts.reduce((s, t) => s + t.total, 0);
      return own.values.A / own.total / (sumA / sumTotal);
    };
    expect(lqA(1)).toBeCloseTo(1.3369, 4);
    expect(lqA(2)).toBeCloseTo(1.2688, 4);
  });
});
