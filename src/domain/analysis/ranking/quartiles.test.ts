import { describe, expect, it } from 'vitest';
import { quartileOfRank } from './quartiles';

describe('quartileOfRank', () => {
  it.each([
    [1, 14, 1],
    [3, 14, 1], // 3/14 = 0.21
    [4, 14, 2], // 4/14 = 0.29
    [7, 14, 2], // exactly half
    [8, 14, 3],
    [10, 14, 3], // 10/14 = 0.71
    [11, 14, 4], // 11/14 = 0.79
    [14, 14, 4],
    [470, 514, 4], // Kayong Utara's IPM among all regencies/cities: 0.91
    [242, 514, 2], // its poverty rate: 0.47
    [1, 4, 1],
    [4, 4, 4],
  ])('rank %i of %i is in quarter %i', (rank, of, quartile) => {
    expect(quartileOfRank({ rank, of })).toBe(quartile);
  });

  it('puts tied regions in the same quarter, since they share the lower rank', () => {
    // values 9, 8, 8, 8, 5 (higher is better): ranks 1, 2, 2, 2, 5
    expect(quartileOfRank({ rank: 2, of: 5 })).toBe(2);
    expect(quartileOfRank({ rank: 5, of: 5 })).toBe(4);
  });

  it('gives no quarter with fewer than four peers or a rank outside the peers', () => {
    expect(quartileOfRank({ rank: 3, of: 3 })).toBeUndefined();
    expect(quartileOfRank({ rank: 0, of: 10 })).toBeUndefined();
    expect(quartileOfRank({ rank: 11, of: 10 })).toBeUndefined();
  });
});
