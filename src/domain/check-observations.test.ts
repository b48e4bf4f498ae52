import { describe, expect, it } from 'vitest';
import { checkObservations } from './check-observations';
import type { Indicator } from './indicator';
import type { RegionCode } from './region';

const poverty = {
  id: 'poverty-rate',
  range: { min: 0, max: 100 },
} as Indicator;
const code = (c: string) => c as RegionCode;
const known = new Set([code('61'), code('61.11')]);

describe('checkObservations', () => {
  it('keeps good rows and explains each rejected one', () => {
    const { rows, issues } = checkObservations(
      [
        { region: code('61.11'), year: 2024, value: 8.84 },
        { region: code('61.11'), year: 2024, value: 9.1 },
        { region: code('99.99'), year: 2024, value: 5 },
        { region: code('61'), year: 2024, value: 140 },
        { region: code('61'), year: 2023, value: null, note: 'not published' },
      ],
      poverty,
      known,
    );
    expect(rows.map((r) => [r.region, r.year, r.value])).toEqual([
      ['61.11', 2024, 8.84],
      ['61', 2023, null],
    ]);
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [1, 'year'],
      [2, 'region'],
      [3, 'value'],
    ]);
    expect(issues[2]?.reason).toBe('140 is outside 0…100');
  });

  it('reports the row number the publisher sees when earlier rows were already dropped', () => {
    const { issues } = checkObservations(
      [{ region: code('99.99'), year: 2024, value: 5 }],
      poverty,
      known,
      [7],
    );
    expect(issues[0]?.row).toBe(7);
  });
});
