import { describe, expect, it } from 'vitest';
import { formatIssue } from '../checks';
import { parseCsv } from '../csv';
import { TABLE_SPECS } from '../table-specs/all-table-specs';
import type { TableSpec } from '../table-specs/table-spec';
import { extractObservations, unclaimedRows } from './extract-observations';

const regions = new Map(
  [
    ['ID', 'Indonesia'],
    ['13.05', 'Kabupaten Padang Pariaman'],
    ['13.06', 'Kabupaten Agam'],
    ['61', 'Kalimantan Barat'],
    ['61.11', 'Kabupaten Kayong Utara'],
    ['91', 'Papua'],
  ].map(([code, name]) => [code!, { code: code!, name: name! }]),
);

const spec = (indicator: string): TableSpec => {
  const found = TABLE_SPECS.find((s) => s.indicator === indicator);
  if (!found) throw new Error(indicator);
  return found;
};

const URL_A = 'https://example.go.id/a';
const OMBUDSMAN_HEADER =
  'region_code,region_name,level,province_code,year,score,zone,category_opinion,rank,zone_basis,assessment,source_url,note';

describe('extractObservations', () => {
  it('rejects each kind of bad row with file, line and reason, and keeps the good ones', () => {
    const table = parseCsv(
      'data/sources/ombudsman.csv',
      [
        OMBUDSMAN_HEADER,
        `61.11,Kabupaten Kayong Utara,regency,61,2023,81.5,hijau,,,source,,${URL_A},`,
        `61.99,Kabupaten Entah,regency,61,2023,70,,,,,,${URL_A},`,
        `61,Provinsi Kalimantan Barat,province,61,2023,"78,9",,,,,,${URL_A},`,
        `61,Provinsi Kalimantan Barat,province,61,2024,101,,,,,,${URL_A},`,
        `61,Provinsi Kalimantan Barat,province,61,20x4,80,,,,,,${URL_A},`,
        `61.11,Kabupaten Sambas,regency,61,2022,80,,,,,,${URL_A},`,
        `61,Provinsi Kalimantan Barat,province,61,2021,,,kualitas tertinggi,,,,${URL_A},`,
      ].join('\n'),
    );
    const { drafts, issues, skipped } = extractObservations(spec('ombudsman-score'), table, regions);

    expect(issues.map(formatIssue)).toEqual([
      'data/sources/ombudsman.csv:3: unknown region code "61.99" (not in idn-area-data)',
      'data/sources/ombudsman.csv:4: score "78,9" is not a number (expected digits with "." for decimals)',
      'data/sources/ombudsman.csv:5: ombudsman-score value 101 for 61 in 2024 is outside the range 0…100',
      'data/sources/ombudsman.csv:6: year "20x4" is not a four-digit year',
      'data/sources/ombudsman.csv:7: region name "Kabupaten Sambas" does not match "Kabupaten Kayong Utara", the idn-area-data name of 61.11',
    ]);
    expect(skipped).toEqual([
      {
        indicator: 'ombudsman-score',
        reason: 'category opinion only, no score and no zone',
        origin: { file: 'data/sources/ombudsman.csv', line: 8 },
      },
    ]);
    expect(drafts).toEqual([
      {
        indicator: 'ombudsman-score',
        origin: { file: 'data/sources/ombudsman.csv', line: 2 },
        region: '61.11',
        year: 2023,
        value: 81.5,
        category: 'hijau',
        source: { name: 'example.go.id', url: URL_A },
      },
    ]);
  });

  it('keeps an Ombudsman zone without a score as a zone, never as a number', () => {
    const table = parseCsv(
      'data/sources/ombudsman.csv',
      [
        OMBUDSMAN_HEADER,
        `61,Provinsi Kalimantan Barat,province,61,2022,,hijau,A - kualitas tertinggi,,source,,${URL_A},zone only; 9 assessed`,
        `61.11,Kabupaten Kayong Utara,regency,61,2022,,kuning,,,source_statement_all_regions,,${URL_A},zone only`,
        `61.11,Kabupaten Kayong Utara,regency,61,2023,72.1,kuning,,,derived_from_score,,${URL_A},`,
        `13.05,Kabupaten Padang Pariaman,regency,13,2022,,biru,,,source,,${URL_A},`,
      ].join('\n'),
    );
    const { drafts, issues } = extractObservations(spec('ombudsman-score'), table, regions);
    expect(drafts.map((d) => [d.region, d.year, d.value, d.category, d.note])).toEqual([
      ['61', 2022, null, 'hijau', 'published category: A - kualitas tertinggi; 9 assessed'],
      ['61.11', 2022, null, 'kuning', undefined],
      // A zone the compiler derived from the score is not a published category.
      ['61.11', 2023, 72.1, undefined, undefined],
    ]);
    expect(issues.map(formatIssue)).toEqual([
      'data/sources/ombudsman.csv:5: category "biru" is not one of ombudsman-score\'s categories',
    ]);
  });

  it("states a row's grade only where its page differs from the indicator's source", () => {
    const table = parseCsv(
      'data/sources/tpt.csv',
      [
        'region_code,region_name,level,year,value,unit,source_url,series,original_source,note',
        '61,Kalimantan Barat,province,2023,5.05,percent,https://github.com/sasabrh/streamlit-hdi-dashboard/blob/x/a.csv,,,',
        '61,Kalimantan Barat,province,2024,4.99,percent,https://www.suarasumselnews.co.id/2025/x,,,',
        'ID,Indonesia,country,2024,4.91,percent,https://www.bps.go.id/id/pressrelease/x,,,',
      ].join('\n'),
    );
    const tpt = TABLE_SPECS.find((s) => s.file === 'tpt.csv')!;
    const { drafts } = extractObservations(tpt, table, regions);
    expect(drafts.map((d) => d.source?.grade)).toEqual([undefined, 'press', 'official']);
    expect(drafts[0]?.source?.name).toBe('BPS (via sasabrh/streamlit-hdi-dashboard compilation)');
  });

  it('keeps what a TPT regency note says about the value and drops the line repeated on every row', () => {
    const boilerplate =
      'TPT Agustus (Sakernas); secondary compilation of BPS provincial tables (skripsi dataset); spot-checked against BPS releases, see README';
    const table = parseCsv(
      'data/sources/tpt_regency.csv',
      [
        'region_code,region_name,level,year,value,unit,source_url,series,original_source,note',
        `61.11,Kabupaten Kayong Utara,regency,2021,4.1,percent,${URL_A},,,"${boilerplate}"`,
        `61.11,Kabupaten Kayong Utara,regency,2022,0,percent,${URL_A},,,"${boilerplate}; value 0 as given in source - treat with caution"`,
        `61.11,Kabupaten Kayong Utara,regency,2023,9.49,percent,${URL_A},,,"${boilerplate}; conflicts with news quote (9.94) - see tpt_checks.csv"`,
      ].join('\n'),
    );
    const regency = TABLE_SPECS.find((s) => s.file === 'tpt_regency.csv')!;
    expect(extractObservations(regency, table, regions).drafts.map((d) => [d.value, d.note])).toEqual([
      [4.1, undefined],
      [0, 'value 0 as given in source - treat with caution'],
      [9.49, 'conflicts with news quote (9.94)'],
    ]);
  });

  it('fails on a blank value where a value is required', () => {
    const table = parseCsv(
      'data/sources/poverty.csv',
      `region_code,region_name,level,year,value,unit,source_url,series,original_source,note\n61,Kalimantan Barat,province,2024,,percent,${URL_A},,,`,
    );
    expect(extractObservations(spec('poverty-rate'), table, regions).issues.map(formatIssue)).toEqual([
      'data/sources/poverty.csv:2: value is blank; a poverty-rate row needs a value',
    ]);
  });

  it('publishes an EPPD "tidak dinilai" row as null with the status in the note', () => {
    const table = parseCsv(
      'data/sources/eppd.csv',
      'region_code,region_name,level,province_code,eval_year,lppd_year,score,status,rank,source_url,note\n' +
        `61.11,Kabupaten Kayong Utara,regency,61,2024,2023,,tidak dinilai,,${URL_A},head named in a case`,
    );
    const [draft] = extractObservations(spec('eppd'), table, regions).drafts;
    expect(draft).toMatchObject({
      region: '61.11',
      year: 2024,
      value: null,
      note: 'status: tidak dinilai; LPPD 2023; head named in a case',
    });
  });

  it('flags old-boundary Papua rows and adds the caveat to the note', () => {
    const table = parseCsv(
      'data/sources/ombudsman.csv',
      [
        OMBUDSMAN_HEADER,
        `91,Provinsi Papua,province,91,2022,32.45,merah,,,source,,${URL_A},`,
        `91,Provinsi Papua,province,91,2023,40,merah,,,source,,${URL_A},`,
      ].join('\n'),
    );
    const [old, current] = extractObservations(spec('ombudsman-score'), table, regions).drafts;
    expect(old).toMatchObject({
      flags: ['old-boundary'],
      note: 'pre-2022 boundary: Papua/Papua Barat before the 2022 split',
    });
    expect(current?.flags).toBeUndefined();
  });

  it('marks SPBE classes derived from thresholds and years the source only implies', () => {
    const table = parseCsv(
      'data/sources/spbe.csv',
      'region_code,region_name,level,province_code,year,value,predicate,predicate_basis,source_url,note\n' +
        `61,Provinsi Kalimantan Barat,province,61,2022,2.79,Baik,derived_from_official_threshold,${URL_A},year inferred from a later article\n` +
        `61,Provinsi Kalimantan Barat,province,61,2023,3.42,Baik,source,${URL_A},\n` +
        `61.11,Kabupaten Kayong Utara,regency,61,2019,1.81,Cukup,source,${URL_A},`,
    );
    const drafts = extractObservations(spec('spbe-index'), table, regions).drafts;
    expect(drafts.map((d) => d.flags)).toEqual([['derived-class', 'inferred-year'], undefined, undefined]);
    expect(drafts[2]?.note).toMatch(/earlier method/);
  });
});
describe('unclaimedRows', () => {
  it('reports an IPM row of a series no indicator reads', () => {
    const table = parseCsv('data/sources/ipm.csv', 'region_code,series\n61,var 413\n61,IPM metode lama\n');
    const ipmSpecs = TABLE_SPECS.filter((s) => s.file === 'ipm.csv');
    expect(unclaimedRows(table, ipmSpecs).map(formatIssue)).toEqual([
      'data/sources/ipm.csv:3: row belongs to no indicator (series "IPM metode lama")',
    ]);
  });
});
