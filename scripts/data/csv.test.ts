import { describe, expect, it } from 'vitest';
import { field, parseCsv } from './csv';

describe('parseCsv', () => {
  it('keys rows by header and numbers them by file line (header = line 1)', () => {
    const table = parseCsv('t.csv', 'region_code,value\r\n61,1.5\r\n61.11,"2,5"\r\n');
    expect(table.header).toEqual(['region_code', 'value']);
    expect(table.rows).toEqual([
      { line: 2, values: { region_code: '61', value: '1.5' } },
      { line: 3, values: { region_code: '61.11', value: '2,5' } },
    ]);
  });

  it('refuses a row with the wrong number of fields, naming the line', () => {
    expect(() => parseCsv('t.csv', 'a,b\n1,2\n3\n')).toThrow('t.csv:3: 1 fields, the header has 2');
  });

  it('refuses multi-line fields, which would break line numbers', () => {
    expect(() => parseCsv('t.csv', 'a,note\n1,"two\nlines"\n')).toThrow(
      't.csv:2: multi-line field in "note"',
    );
  });

  it('refuses an empty file', () => {
    expect(() => parseCsv('t.csv', '')).toThrow('t.csv: empty file');
  });
});

describe('field', () => {
  it('fails loudly on a column the file does not have', () => {
    const [row] = parseCsv('t.csv', 'a\n1\n').rows;
    expect(() => field(row!, 'b')).toThrow('line 2: no column "b"');
  });
});
