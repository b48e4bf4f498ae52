import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../region';
import { findSimilarRegions } from './similar-regions';

const values = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k as RegionCode, v]));
const codes = (...list: string[]) => list as RegionCode[];

// x: 1, 2, 3, 2 → mean 2, population sd √0.5; z = −√2, 0, √2, 0.
// y: 10, 10, 30, 30 → mean 20, sd 10; z = −1, −1, 1, 1.
// From A: B = √(2 + 0) = 1.414; D = √(2 + 4) = 2.449; C = √(8 + 4) = 3.464.
const x = values({ A: 1, B: 2, C: 3, D: 2, E: 2 });
const y = values({ A: 10, B: 10, C: 30, D: 30 });
const all = codes('A', 'B', 'C', 'D', 'E');

describe('findSimilarRegions', () => {
  it('orders neighbours by the distance between z-scores, with hand-checked distances', () => {
    const result = findSimilarRegions('A' as RegionCode, [x, y], all);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.neighbours.map((n) => n.code)).toEqual(['B', 'D', 'C']);
    expect(result.neighbours.map((n) => Number(n.distance.toFixed(3)))).toEqual([1.414, 2.449, 3.464]);
    expect(result.target.zScores.map((z) => Number(z.toFixed(3)))).toEqual([-1.414, -1]);
    expect(result.neighbours[0]?.values).toEqual([2, 10]);
  });

  it('leaves out regions without a value for every indicator and says how large the pool was', () => {
    const result = findSimilarRegions('A' as RegionCode, [x, y], all);
    expect(result.status === 'ok' && result.pool).toBe(4);
    expect(result.status === 'ok' && result.neighbours.some((n) => n.code === 'E')).toBe(false);
  });

  it('does not let the unit of an indicator decide: values in thousands give the same distances', () => {
    const inThousands = values({ A: 1000, B: 2000, C: 3000, D: 2000 });
    const plain = findSimilarRegions('A' as RegionCode, [x, y], all);
    const scaled = findSimilarRegions('A' as RegionCode, [inThousands, y], all);
    expect(scaled.status === 'ok' && scaled.neighbours.map((n) => n.distance)).toEqual(
      plain.status === 'ok' && plain.neighbours.map((n) => n.distance),
    );
  });

  it('says which indicators the target region has no value for', () => {
    expect(findSimilarRegions('E' as RegionCode, [x, y], all)).toEqual({
      status: 'target-missing',
      missing: [1],
    });
  });

  it('treats an indicator that does not vary as adding nothing', () => {
    const flat = values({ A: 5, B: 5, C: 5, D: 5 });
    const result = findSimilarRegions('A' as RegionCode, [x, flat], all);
    expect(result.status === 'ok' && result.neighbours.map((n) => Number(n.distance.toFixed(3)))).toEqual([
      1.414, 1.414, 2.828,
    ]);
  });
});
