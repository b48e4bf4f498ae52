import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/indicator';
import type { Region, RegionCode } from '../../../domain/region';
import { finishImport, readImportFile, type ReadFile } from './import-file';
import { checkFile, MAX_IMPORT_BYTES } from './read-table';

// The real region list, so names and codes are matched as in the app.
const regions = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/data/v1/regions.json'), 'utf8'),
) as Region[];
const catalogue = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/data/v1/indicators.json'), 'utf8'),
) as Indicator[];

const read = (text: string): ReadFile => {
  const result = readImportFile(text, regions, 2026);
  if ('problem' in result) throw new Error(`refused: ${result.problem.reason}`);
  return result;
};
const finish = (file: ReadFile, formMeta = null, choices = file.choices) =>
  finishImport(file, { choices, formMeta, catalogue, fileName: 'uji.csv' });

describe('long format', () => {
  it('reads Indonesian headers, metadata columns and decimal commas (test values)', () => {
    const file = read(
      [
        'kode_wilayah;tahun;nilai;indikator;nama_indikator;satuan;arah;sumber',
        '61.11;2023;1.234,5;rumah-layak;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
        '61.04;2023;987,25;rumah-layak;Rumah layak huni (uji);unit;naik-baik;Bappeda (uji)',
      ].join('\n'),
    );
    const outcome = finish(file);
    expect(outcome.issues).toEqual([]);
    expect(outcome.content.kind).toBe('indicator');
    if (outcome.content.kind !== 'indicator') return;
    const [indicator] = outcome.content.indicators;
    expect(indicator?.isNew).toBe(true);
    expect(indicator?.definition).toMatchObject({
      id: 'rumah-layak',
      name: { id: 'Rumah layak huni (uji)' },
      unit: { id: 'unit' },
      polarity: 'higher-is-better',
      decimals: 2,
    });
    expect(indicator?.observations).toEqual([
      {
        region: '61.11',
        year: 2023,
        value: 1234.5,
        source: { name: 'Data impor: uji.csv (Bappeda (uji))' },
        flags: ['imported'],
      },
      expect.objectContaining({ region: '61.04', value: 987.25 }),
    ]);
  });

  it('reads English headers, names instead of codes and the form metadata', () => {
    const file = read(
      ['region,year,value', 'Kab. Kayong Utara,2022,12.5', 'Kota Pontianak,2022,3.25'].join('\n'),
    );
    const outcome = finish(file, {
      id: 'uji-indikator',
      name: 'Indikator uji',
      unit: '%',
      polarity: 'lower-is-better',
      category: 'living',
      source: '',
      sourceUrl: '',
    } as never);
    expect(outcome.validRows).toBe(2);
    if (outcome.content.kind !== 'indicator') throw new Error('kind');
    expect(outcome.content.indicators[0]?.observations.map((o) => [o.region, o.value])).toEqual([
      ['61.11', 12.5],
      ['61.71', 3.25],
    ]);
    expect(outcome.content.indicators[0]?.definition.category).toBe('living');
  });

  it('reports each bad row with its line, column and reason and keeps the valid rows', () => {
    const file = read(
      [
        'kode_wilayah,tahun,nilai,indikator',
        '61.11,2023,8.84,poverty-rate',
        '99.99,2023,5,poverty-rate',
        'Kayong Utra,2023,5,poverty-rate',
        '61.04,2031,5,poverty-rate',
        '61.04,2023,delapan,poverty-rate',
        '61.11,2023,9.1,poverty-rate',
        '61.71,2023,140,poverty-rate',
        '61.71,2023,-,poverty-rate',
      ].join('\n'),
    );
    const outcome = finish(file);
    expect(outcome.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [3, 'kode_wilayah', 'unknown-region'],
      [4, 'kode_wilayah', 'unknown-region'],
      [5, 'tahun', 'year-out-of-range'],
      [6, 'nilai', 'not-a-number'],
      [7, 'nilai', 'duplicate'],
      [8, 'nilai', 'out-of-range'],
      [9, 'nilai', 'missing-value'],
    ]);
    expect(outcome.issues[1]?.detail?.suggestion).toBe('Kabupaten Kayong Utara');
    expect(outcome.issues[4]?.detail?.firstRow).toBe(2);
    expect(outcome.issues[5]?.detail).toEqual({ min: 0, max: 100 });
    expect(outcome.validRows).toBe(1);
    if (outcome.content.kind !== 'indicator') throw new Error('kind');
    // A bundled indicator keeps its own definition; the values are added to it.
    expect(outcome.content.indicators[0]?.isNew).toBe(false);
  });

  it('asks which region a shared name means and follows the answer', () => {
    const file = read(
      ['wilayah,tahun,nilai', 'Bandung,2023,1', 'Kota Bandung,2023,2', 'Bengkulu,2023,3'].join('\n'),
    );
    expect(file.ambiguous.map((a) => [a.text, a.candidates.map((c) => c.code)])).toEqual([
      ['Bandung', ['32.04', '32.73']],
      ['Bengkulu', ['17', '17.71']],
    ]);
    const meta = {
      id: 'uji',
      name: 'Uji',
      unit: '',
      polarity: 'neutral',
      category: 'economy',
      source: '',
      sourceUrl: '',
    };
    const skipped = finish(file, meta as never, { Bandung: '32.04' as RegionCode, Bengkulu: null });
    expect(skipped.issues.map((i) => [i.row, i.reason])).toEqual([[4, 'skipped-region']]);
    if (skipped.content.kind !== 'indicator') throw new Error('kind');
    expect(skipped.content.indicators[0]?.observations.map((o) => o.region)).toEqual(['32.04', '32.73']);
  });
});

describe('BPS wide export', () => {
  const bps = [
    '"Persentase Penduduk Miskin (Persen)",,,',
    '"Kabupaten/Kota","2021","2022","2023"',
    '"KALIMANTAN BARAT","7.15","6.73","6.71"',
    '"Sambas","8.54","8.14","8.20"',
    '"Kayong Utara","9.33","9.04","-"',
    '"Kota Pontianak","4.58","4.46","4.45"',
    '"Sumber: Badan Pusat Statistik",,,',
  ].join('\r\n');

  it('turns one column per year into long rows, with the title as the suggested name and unit', () => {
    const file = read(bps);
    expect(file.draft.kind).toBe('indicator');
    if (file.draft.kind !== 'indicator') return;
    expect(file.draft.format).toBe('wide');
    expect(file.draft.suggested).toEqual({
      name: 'Persentase Penduduk Miskin',
      id: 'persentase-penduduk-miskin',
      unit: 'Persen',
    });
    expect(file.ambiguous).toEqual([]);
    const outcome = finish(file, {
      id: 'poverty-rate',
      name: '',
      unit: '',
      polarity: 'lower-is-better',
      category: 'living',
      source: 'BPS',
      sourceUrl: '',
    } as never);
    // The "-" is no data in the file: reported, and counted apart from the skipped rows.
    expect(outcome.issues).toEqual([{ row: 5, column: '2023', reason: 'missing-value', value: '-' }]);
    expect(outcome.tally).toEqual({ lines: 4, imported: 4, skipped: 0, noData: 0 });
    if (outcome.content.kind !== 'indicator') throw new Error('kind');
    const values = outcome.content.indicators[0]!.observations.map((o) => `${o.region} ${o.year} ${o.value}`);
    expect(values).toEqual([
      '61 2021 7.15',
      '61 2022 6.73',
      '61 2023 6.71',
      '61.01 2021 8.54',
      '61.01 2022 8.14',
      '61.01 2023 8.2',
      '61.11 2021 9.33',
      '61.11 2022 9.04',
      '61.71 2021 4.58',
      '61.71 2022 4.46',
      '61.71 2023 4.45',
    ]);
  });

  it('reads a wide export with codes and Indonesian decimals', () => {
    const file = read(['kode_wilayah;2023;2024', '61.11;64,79;65,74', '61.04;68,68;x'].join('\n'));
    const outcome = finish(file, { id: 'ipm' } as never);
    expect(outcome.issues.map((i) => [i.row, i.column, i.reason, i.value])).toEqual([
      [3, '2024', 'not-a-number', 'x'],
    ]);
    expect(outcome.validRows).toBe(3);
  });
});

describe('targets', () => {
  it('keeps targets of known indicators and reports unknown ones', () => {
    const file = read(
      [
        'kode_wilayah,indikator,tahun,target',
        '61.11,ipm,2026,67.5',
        '61.11,tidak-ada,2026,1',
        '61.11,ipm,2200,70',
      ].join('\n'),
    );
    const outcome = finish(file);
    expect(outcome.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [3, 'indikator', 'unknown-indicator'],
      [4, 'tahun', 'year-out-of-range'],
    ]);
    expect(outcome.content).toEqual({
      kind: 'targets',
      stated: { source: '', sourceUrl: '' },
      targets: [
        {
          indicator: 'ipm',
          region: '61.11',
          year: 2026,
          value: 67.5,
          source: { name: 'Data impor: uji.csv' },
        },
      ],
    });
  });
});

describe('PDRB by sector', () => {
  const sectors = [
    'A',
    'B',
    'C',
    'D',
    'E',
    'F',
    'G',
    'H',
    'I',
    'J',
    'K',
    'L',
    'M,N',
    'O',
    'P',
    'Q',
    'R,S,T,U',
  ];
  const table = (region: string, year: number, total: number) => [
    ...sectors.map((s, i) => `${region},${year},ADHK,"${s}",${(i + 1) * 10}`),
    `${region},${year},ADHK,TOTAL,${total}`,
  ];

  it('keeps a table whose 17 sectors add up to its total and drops one that misses it', () => {
    // 10 + 20 + … + 170 = 1530
    const file = read(
      [
        'kode_wilayah,tahun,harga,kode_sektor,nilai',
        ...table('61.11', 2023, 1530),
        ...table('61.11', 2024, 1600),
      ].join('\n'),
    );
    const outcome = finish(file);
    expect(outcome.issues).toEqual([
      { row: 37, column: 'nilai', reason: 'sector-sum', value: '1600', detail: { sum: 1530, total: 1600 } },
    ]);
    expect(outcome.validRows).toBe(18);
    if (outcome.content.kind !== 'sectors') throw new Error('kind');
    expect(outcome.content.values[12]).toMatchObject({
      region: '61.11',
      year: 2023,
      basis: 'adhk',
      sector: 'M,N',
      value: 130,
    });
  });

  it('reports an unknown sector, price basis and a negative value', () => {
    const file = read(
      [
        'kode_wilayah,tahun,harga,kode_sektor,nilai',
        '61.11,2023,adhk,Z,1',
        '61.11,2023,pasar,A,1',
        '61.11,2023,adhb,MN,-4',
      ].join('\n'),
    );
    expect(finish(file).issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [2, 'kode_sektor', 'unknown-sector'],
      [3, 'harga', 'unknown-price-basis'],
      [4, 'nilai', 'out-of-range'],
    ]);
  });
});

describe('whole-file problems', () => {
  const problem = (text: string) => {
    const result = readImportFile(text, regions, 2026);
    return 'problem' in result ? result.problem : null;
  };

  it('refuses empty, binary, header-only and unrecognised files with one reason each', () => {
    expect(problem('')).toEqual({ reason: 'empty' });
    expect(problem(' \n\n ')).toEqual({ reason: 'empty' });
    expect(problem('PK\u0003\u0004xl/workbook.xml')).toEqual({ reason: 'not-csv' });
    expect(problem('kode_wilayah,tahun,nilai\n')).toEqual({ reason: 'no-data-rows' });
    expect(problem('nama,alamat\nBudi,Jl. Merdeka')).toEqual({
      reason: 'unknown-columns',
      found: ['nama', 'alamat'],
    });
    expect(problem('tahun,nilai\n2023,1')).toEqual({ reason: 'missing-columns', missing: ['kode_wilayah'] });
  });

  it('refuses a file that is not CSV or too large before reading it', () => {
    expect(checkFile({ name: 'data.pdf', type: 'application/pdf', size: 10 })).toEqual({ reason: 'not-csv' });
    // A workbook is read by the .xlsx reader.
    expect(
      checkFile({
        name: 'data.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        size: 10,
      }),
    ).toBeNull();
    expect(checkFile({ name: 'data.csv', type: 'text/csv', size: 0 })).toEqual({ reason: 'empty' });
    expect(checkFile({ name: 'data.csv', type: 'text/csv', size: MAX_IMPORT_BYTES + 1 })).toEqual({
      reason: 'too-large',
      size: MAX_IMPORT_BYTES + 1,
      limit: MAX_IMPORT_BYTES,
    });
    expect(checkFile({ name: 'DATA.CSV', type: 'application/vnd.ms-excel', size: 100 })).toBeNull();
  });
});

describe('column roles', () => {
  const problem = (text: string) => {
    const result = readImportFile(text, regions, 2026);
    return 'problem' in result ? result.problem : null;
  };

  it('reads Daerah, Skor, Periode by their content when it agrees with their names (test value)', () => {
    const file = read(['Daerah,Skor,Periode', 'Kayong Utara,71.5,2024'].join('\n'));
    const outcome = finish(file, { id: 'uji', name: 'Uji' } as never);
    if (outcome.content.kind !== 'indicator') throw new Error('kind');
    expect(outcome.content.indicators[0]!.observations.map((o) => [o.region, o.year, o.value])).toEqual([
      ['61.11', 2024, 71.5],
    ]);
  });

  it('refuses a file whose value column holds the years, instead of reading 2024 as a value', () => {
    expect(problem(['Daerah,Skor,Periode', 'Kayong Utara,2024,71.5', 'Sambas,2024,70.1'].join('\n'))).toEqual(
      {
        reason: 'column-roles',
        clashes: [
          { column: 'Periode', holds: 'not-years' },
          { column: 'Skor', holds: 'years' },
        ],
      },
    );
  });

  it('does not take a data row holding a year for a BPS header line', () => {
    expect(problem(['Nama,Catatan', 'Kayong Utara,2024'].join('\n'))).toMatchObject({
      reason: 'unknown-columns',
    });
  });
});

describe('every row accounted for', () => {
  it('reports a code whose name names another region, and counts each line once', () => {
    const file = read(
      [
        'kode_wilayah,nama_wilayah,tahun,nilai',
        '61.11,Kabupaten Sambas,2024,5',
        '61.11,Kayong Utara,2024,6',
        '61.04,Ketapang,2024,-',
        '99.99,Entah,2024,7',
      ].join('\n'),
    );
    const outcome = finish(file, { id: 'uji', name: 'Uji' } as never);
    expect(outcome.issues.map((i) => [i.row, i.reason, i.detail])).toEqual([
      [2, 'region-mismatch', { suggestion: 'Kabupaten Kayong Utara', named: 'Kabupaten Sambas' }],
      [4, 'missing-value', undefined],
      [5, 'unknown-region', undefined],
    ]);
    expect(outcome.tally).toEqual({ lines: 4, imported: 1, skipped: 2, noData: 1 });
  });
});
