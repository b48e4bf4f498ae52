import { describe, expect, it } from 'vitest';
import { sourcesOf } from './provenance';

const bps = { name: 'BPS', url: 'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/' };
const file = { name: 'Data impor: ipm-kayong.csv' };

describe('sourcesOf', () => {
  it('names both the official source and the imported file when a view mixes them, official first', () => {
    expect(
      sourcesOf(
        [{ source: file, flags: ['imported'] }, { source: bps }, {}, { source: file, flags: ['imported'] }],
        bps,
      ),
    ).toEqual([bps, file]);
  });

  it("falls back to the indicator's source when there are no values", () => {
    expect(sourcesOf([], bps)).toEqual([bps]);
  });
});
