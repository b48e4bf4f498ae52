import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from './csv';

describe('neutralizeFormula', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('+62 812')).toBe("'+62 812");
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('-2+3')).toBe("'-2+3");
  });

  it('leaves plain text and negative numbers alone', () => {
    expect(neutralizeFormula('Kabupaten Kayong Utara')).toBe('Kabupaten Kayong Utara');
    expect(neutralizeFormula('-0,5')).toBe('-0,5');
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
});
