import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from './csv';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+62 812', "'+62 812"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['=1+1', "'=1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\tplain', "'\tplain"],
    ['\r=1+1', "'\r'=1+1"],
    ["  =cmd|' /C calc'!A0", "'  =cmd|' /C calc'!A0"],
    ['\u00a0@SUM(A1)', "'\u00a0@SUM(A1)"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['Catatan\n=HYPERLINK("http://x")', 'Catatan\n\'=HYPERLINK("http://x")'],
    ['Catatan\r\n  +1', "Catatan\r\n'  +1"],
    ['a\rb\n@c', "a\rb\n'@c"],
    ['-', "'-"],
  ])('neutralises %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each([
    'Kabupaten Kayong Utara',
    'Kota Administrasi Jakarta Pusat',
    '-0,5',
    '-0.5',
    '-1.234,5',
    '-12%',
    '1e-3',
    '8,84',
    'BPS (var 413) = IPM',
    'a-b+c',
    '',
    'Catatan\n-5',
  ])('leaves %j alone', (input) => {
    expect(neutralizeFormula(input)).toBe(input);
  });
});

describe('toCsv', () => {
  const rows = [
    ['61.11', 'Kabupaten Kayong Utara', 8.84, null],
    ['31', 'DKI Jakarta; "ibu kota"', -1.5, '=1+1'],
  ];

  it('writes Indonesian CSV with a BOM, semicolons and decimal commas', () => {
    const csv = toCsv(['code', 'name', 'value', 'note'], rows, 'id');
    expect(csv.startsWith('\uFEFFcode;name;value;note\r\n61.11;Kabupaten Kayong Utara;8,84;\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[2]).toEqual(['31', 'DKI Jakarta; "ibu kota"', '-1,5', "'=1+1"]);
  });

  it('writes English CSV with commas and decimal points', () => {
    const csv = toCsv(['code', 'value'], [['61.11', 8.84]], 'en');
    expect(csv).toBe('\uFEFFcode,value\r\n61.11,8.84\r\n');
  });

  it('keeps negative numbers in numeric columns and neutralises every text cell', () => {
    const csv = toCsv(
      ['region', 'value', 'note'],
      [
        ['@evil', -0.25, 'Catatan\n=HYPERLINK("http://x")'],
        ['  +1', -12, '\t-2+3'],
        ['Kota Pontianak', -1234.5, null],
      ],
      'en',
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true });
    expect(parsed.data.slice(1)).toEqual([
      ["'@evil", '-0.25', 'Catatan\n\'=HYPERLINK("http://x")'],
      ["'  +1", '-12', "'\t-2+3"],
      ['Kota Pontianak', '-1234.5', ''],
    ]);
  });

  it('writes a non-finite number as an empty cell and neutralises a header from data', () => {
    const csv = toCsv(['=label', 'v'], [['a', Number.NaN]], 'id');
    expect(csv).toBe("\uFEFF'=label;v\r\na;\r\n");
  });
});
