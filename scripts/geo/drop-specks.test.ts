import { describe, expect, it } from 'vitest';
import { dropSpecks } from './drop-specks';

// Arcs are closed squares: arc i is a square of side sides[i] at x = 10 * i.
const sides = [4, 0.1, 0.1, 0.5, 0.05, 0.02];
const decoded = sides.map((s, i) => [
  [10 * i, 0],
  [10 * i + s, 0],
  [10 * i + s, s],
  [10 * i, s],
  [10 * i, 0],
]);

describe('dropSpecks', () => {
  it('drops small islands but never a region’s only land', () => {
    const regions = new Map([
      ['big', [[[0]], [[1]]]], // 16 and a 0.01 speck
      ['tiny', [[[4]]]], // one island of 0.0025, its only land
      ['archipelago', [[[3]], [[4 + 1]]]], // 0.25 and 0.0004: 0.16% of the region
    ]);
    const { regions: kept, dropped } = dropSpecks(regions, decoded, { keepArea: 0.05, keepShare: 0.001 });
    expect(Object.fromEntries(kept)).toEqual({ big: [[[0]]], tiny: [[[4]]], archipelago: [[[3]], [[5]]] });
    expect(dropped).toBe(1);
  });

  it('judges an island split between two regions as a whole', () => {
    // Arcs 1 and 2 are halves of one island: the shared arc 6 joins them.
    const regions = new Map([
      ['west', [[[0]], [[1, 6]]]],
      ['east', [[[3]], [[2, ~6]]]],
    ]);
    const withShared = [
      ...decoded,
      [
        [0, 0],
        [0, 0],
      ],
    ];
    const { regions: kept } = dropSpecks(regions, withShared, { keepArea: 0.015, keepShare: 1 });
    expect(Object.fromEntries(kept)).toEqual({ west: [[[0]], [[1, 6]]], east: [[[3]], [[2, ~6]]] });
  });
});
