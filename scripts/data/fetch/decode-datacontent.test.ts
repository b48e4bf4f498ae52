import { describe, expect, it } from 'vitest';
import { decodeDataContent, type DecodedCell } from './decode-datacontent';
import { loadFixture } from './load-fixture';
import { readDataResponse, type DataTable } from './webapi-response';

function tableOf(name: string): DataTable {
  const outcome = readDataResponse(loadFixture(name));
  if (outcome.kind !== 'data') throw new Error(`${name}: ${outcome.kind}`);
  return outcome.table;
}

const find = (cells: DecodedCell[], vervar: string, year: string, period?: string) =>
  cells.filter(
    (c) =>
      c.vervar.label === vervar &&
      c.tahun.label === year &&
      (period === undefined || c.turtahun.label === period),
  );

describe('decodeDataContent on recorded answers', () => {
  it('places all 23 Pinrang cells although the keys are 10 and 11 characters long', () => {
    const decoded = decodeDataContent(tableOf('recorded_data_domain7315_var31_pinrang.json'));
    expect(decoded.cells).toHaveLength(23);
    expect(decoded.unmatched).toEqual([]);
    expect(decoded.ambiguous).toEqual([]);
    // "7315310990" = 7315|31|0|99|0 and "73153101000" = 7315|31|0|100|0
    expect(find(decoded.cells, 'Pinrang', '1999').map((c) => [c.key, c.value])).toEqual([
      ['7315310990', 308669],
    ]);
    expect(find(decoded.cells, 'Pinrang', '2000').map((c) => [c.key, c.value])).toEqual([
      ['73153101000', 311595],
    ]);
    expect(find(decoded.cells, 'Pinrang', '2021')[0]?.value).toBe(407371);
  });

  it('reads the partial Maluku monthly table: 56 of 78 declared cells, gaps left as gaps', () => {
    const decoded = decodeDataContent(tableOf('recorded_data_maluku_var218_monthly_partial.json'));
    expect(decoded.declared).toBe(78); // 2 cities × 1 turvar × 3 years × 13 periods
    expect(decoded.cells).toHaveLength(56);
    expect(decoded.unmatched).toEqual([]);
    expect(find(decoded.cells, 'Ambon', '2017', 'Januari')[0]?.value).toBe(0.28); // "121801171"
    expect(find(decoded.cells, 'Ambon', '2017', 'Oktober')[0]?.value).toBe(0.21); // "1218011710"
    expect(find(decoded.cells, 'Tual', '2022', 'Oktober')[0]?.value).toBe(2.82); // "2218012210"
    expect(find(decoded.cells, 'Tual', '2017', 'Tahunan')[0]?.value).toBe(9.41);
    // 2019 stops at May and 2022 at October: June 2019 has no cell, and nothing fills it.
    expect(find(decoded.cells, 'Ambon', '2019', 'Juni')).toEqual([]);
    expect(find(decoded.cells, 'Ambon', '2019')).toHaveLength(5);
    expect(find(decoded.cells, 'Ambon', '2022', 'November')).toEqual([]);
    // turvar "0" arrives as a string and is kept as received.
    expect(decoded.cells[0]?.turvar.val).toBe('0');
  });
});

describe('decodeDataContent on constructed answers', () => {
  it('decodes the national var 413 table and the Kalbar table with a string "0" turvar', () => {
    const national = decodeDataContent(tableOf('data_domain0000_var413_provinces_2022_2023.json'));
    expect([national.cells.length, national.unmatched.length, national.ambiguous.length]).toEqual([70, 0, 0]);
    expect(find(national.cells, 'INDONESIA', '2022')[0]?.value).toBe(72.91); // "999941301220"
    expect(find(national.cells, 'PAPUA', '2023')[0]?.value).toBe(72.41); // "940041301230"
    const kalbar = decodeDataContent(tableOf('data_domain6100_kabkota_kalbar_2022_2023.json'));
    expect([kalbar.cells.length, kalbar.unmatched.length]).toEqual([30, 0]);
    expect(find(kalbar.cells, 'Kayong Utara', '2023')[0]?.value).toBe(64.79); // "611199001230"
  });

  const table = (datacontent: Record<string, unknown>, overrides: Partial<DataTable> = {}): DataTable => ({
    var: [{ val: 1, label: 'x' }],
    turvar: [{ val: 0, label: 'Tidak ada' }],
    vervar: [{ val: 1, label: 'A' }],
    tahun: [
      { val: 99, label: '1999' },
      { val: 100, label: '2000' },
    ],
    turtahun: [
      { val: 1, label: 'Januari' },
      { val: 10, label: 'Oktober' },
    ],
    datacontent,
    ...overrides,
  });

  it('never lets a missing January cell take October’s value (prefix keys)', () => {
    // "1"+"1"+"0"+"99"+"1" = "110991" is a prefix of "1109910" (October).
    const decoded = decodeDataContent(table({ '1109910': 7.5 }));
    expect(decoded.cells.map((c) => [c.turtahun.label, c.value])).toEqual([['Oktober', 7.5]]);
  });

  it('decodes keys of different lengths in one table', () => {
    const decoded = decodeDataContent(table({ '110991': 1, '1101001': 2, '11010010': 3 }));
    expect(decoded.cells.map((c) => `${c.tahun.label}/${c.turtahun.label}=${c.value}`)).toEqual([
      '1999/Januari=1',
      '2000/Januari=2',
      '2000/Oktober=3',
    ]);
  });

  it('flags keys two combinations build and never places them', () => {
    // 1|1|11|99|1 and 11|1|1|99|1 both give "1111991".
    const decoded = decodeDataContent(
      table(
        { '1111991': 4, '211991': 5 },
        {
          vervar: [
            { val: 1, label: 'A' },
            { val: 11, label: 'B' },
            { val: 2, label: 'C' },
          ],
          turvar: [
            { val: 1, label: 'p' },
            { val: 11, label: 'q' },
          ],
          turtahun: [{ val: 1, label: 'Januari' }],
        },
      ),
    );
    expect(decoded.ambiguous).toEqual(['1111991']);
    expect(decoded.cells.map((c) => [c.vervar.label, c.turvar.label, c.value])).toEqual([['C', 'p', 5]]);
  });

  it('sorts unknown keys and non-numbers into their own buckets; the buckets add up to the cells', () => {
    const content = { '110991': '3.25', '1109910': '-', '1101001': null, '99999': 1 };
    const decoded = decodeDataContent(table(content));
    expect(decoded.cells.map((c) => c.value)).toEqual([3.25]);
    // Integer-like keys come out of a JSON object in numeric order.
    expect(decoded.nonNumeric.map((n) => n.key)).toEqual(['1101001', '1109910']);
    expect(decoded.unmatched).toEqual(['99999']);
    const total =
      decoded.cells.length + decoded.nonNumeric.length + decoded.unmatched.length + decoded.ambiguous.length;
    expect(total).toBe(Object.keys(content).length);
  });

  it('reads a table without turtahun as annual (period 0)', () => {
    const decoded = decodeDataContent(table({ '110990': 8 }, { turtahun: undefined }));
    expect(decoded.cells.map((c) => [c.tahun.label, c.value])).toEqual([['1999', 8]]);
  });
});

describe('readDataResponse', () => {
  it('reports the error envelope with its message', () => {
    expect(readDataResponse(loadFixture('error_status_error_bad_key.json'))).toEqual({
      kind: 'error',
      message: 'Invalid key',
    });
  });

  it('treats not-available, list-not-available and an empty datacontent as no data', () => {
    expect(readDataResponse(loadFixture('data_not_available.json'))).toEqual({
      kind: 'not-available',
      availability: 'not-available',
    });
    expect(readDataResponse(loadFixture('list_not_available.json'))).toEqual({
      kind: 'not-available',
      availability: 'list-not-available',
    });
    expect(readDataResponse({ status: 'OK', 'data-availability': 'available', datacontent: {} }).kind).toBe(
      'not-available',
    );
  });

  it('refuses answers that are not the data shape', () => {
    expect(readDataResponse('<html>maintenance</html>').kind).toBe('malformed');
    const twoVars = { ...(loadFixture('recorded_data_domain7315_var31_pinrang.json') as object), var: [] };
    expect(readDataResponse(twoVars)).toEqual({ kind: 'malformed', reason: 'expected one var item, got 0' });
  });
});
