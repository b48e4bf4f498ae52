import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../domain/region';
import type { SectorValue } from '../../domain/sectors/sector-value';
import { joinSectorParts, sectorIndexPaths } from './sector-index-schema';
import { InvalidPayloadError } from './validate-rows';

const row = (region: string): SectorValue => ({
  region: region as RegionCode,
  year: 2026,
  quarter: 1,
  basis: 'adhk',
  sector: 'A',
  value: 1,
});

describe('sectors/index.json', () => {
  it('lists the part files once each, and refuses a path outside sectors/', () => {
    expect(
      sectorIndexPaths('sectors/index.json', {
        version: 1,
        files: [{ path: 'sectors/provinces.json' }, { path: 'sectors/provinces.json' }],
      }),
    ).toEqual(['sectors/provinces.json']);
    expect(() =>
      sectorIndexPaths('sectors/index.json', { version: 1, files: [{ path: '../secret.json' }] }),
    ).toThrow(InvalidPayloadError);
  });

  it('joins the parts, naming the file of each issue and counting positions across files', () => {
    const joined = joinSectorParts(
      ['sectors/provinces.json', 'sectors/regencies/61.json'],
      [
        { rows: [row('61')], issues: [{ row: 1, field: 'sector', reason: 'bad' }], positions: [0] },
        { rows: [row('61.11')], issues: [], positions: [0] },
      ],
    );
    expect(joined.rows.map((r) => r.region)).toEqual(['61', '61.11']);
    expect(joined.positions).toEqual([0, 2]);
    expect(joined.issues).toEqual([{ row: 1, field: 'sectors/provinces.json: sector', reason: 'bad' }]);
  });
});
