import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../region';
import { checkSectorValues } from './check-sector-values';
import { SECTOR_CODES, type SectorOrTotal } from './sector-codes';
import type { SectorValue } from './sector-value';

const row = (year: number, sector: SectorOrTotal, value: number, region = '61'): SectorValue => ({
  region: region as RegionCode,
  year,
  basis: 'adhk',
  sector,
  value,
});
/** 17 sectors of 10 bn each, and a published total. */
const table = (year: number, total: number) => [
  ...SECTOR_CODES.map((s) => row(year, s, 10)),
  row(year, 'TOTAL', total),
];

describe('checkSectorValues', () => {
  it('accepts a total that differs from the sector sum by rounding only', () => {
    expect(checkSectorValues(table(2023, 170.03))).toMatchObject({ issues: [], warnings: [] });
  });

  it('reports a total the sectors miss by more than rounding, at the row of the total, and keeps it', () => {
    const checked = checkSectorValues(table(2023, 171));
    expect(checked.rows).toHaveLength(18);
    expect(checked.issues).toEqual([]);
    expect(checked.warnings).toEqual([
      {
        row: 17,
        field: 'value',
        reason: 'the 17 sectors of 61 2023 ADHK sum to 170.00, 1.00 below the published total 171.00',
      },
    ]);
  });

  it('drops a second value for the same sector and year', () => {
    const checked = checkSectorValues([row(2023, 'A', 1), row(2023, 'A', 2)], [4, 9]);
    expect(checked.rows).toEqual([row(2023, 'A', 1)]);
    expect(checked.issues[0]).toMatchObject({ row: 9, field: 'sector' });
  });

  it('flags a one-year tenfold drop at constant prices, as in Batam sector E 2024', () => {
    const year = (y: number, e: number) => SECTOR_CODES.map((s) => row(y, s, s === 'E' ? e : 1000, '21.71'));
    const rows = [...year(2023, 223.2), ...year(2024, 23.635), ...year(2025, 254.8)];
    const checked = checkSectorValues(rows);
    expect(checked.rows).toHaveLength(51);
    // Sector E is the fifth row of each year: rows 21 (2024) and 38 (2025).
    expect(checked.warnings.map((i) => i.row)).toEqual([21, 38]);
    expect(checked.warnings[0]!.reason).toContain('×0.11');
  });
});
