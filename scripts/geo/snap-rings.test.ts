import { describe, expect, it } from 'vitest';
import { tidyRing } from './ring-geometry';
import { nodeRings, snapVertices, type GridRing } from './snap-rings';

const square = (x: number, y: number, size: number): GridRing => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('tidyRing', () => {
  it('drops repeated points and out-and-back spikes, also where the ring closes', () => {
    expect(
      tidyRing([
        [0, 0],
        [10, 0],
        [10, 0],
        [10, 10],
        [20, 20],
        [10, 10],
        [0, 10],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
    expect(
      tidyRing([
        [5, -5],
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
        [5, -5],
      ]),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });

  it('returns null for a ring with fewer than three corners', () => {
    expect(
      tidyRing([
        [0, 0],
        [10, 0],
        [0, 0],
      ]),
    ).toBeNull();
  });
});

describe('snapVertices', () => {
  it('moves a vertex onto an earlier one within the snapping distance', () => {
    const [a, b] = snapVertices([square(0, 0, 100), square(100, 2, 100)], 3);
    expect(a).toEqual(square(0, 0, 100));
    // (100, 2) snapped to (100, 0); (100, 102) is 2 away from (100, 100).
    expect(b).toEqual([
      [100, 0],
      [200, 2],
      [200, 102],
      [100, 100],
      [100, 0],
    ]);
  });
});

describe('nodeRings', () => {
  it('inserts crossing points into both rings', () => {
    const [a, b] = nodeRings([square(0, 0, 100), square(50, 50, 100)], 0);
    expect(a).toEqual([
      [0, 0],
      [100, 0],
      [100, 50],
      [100, 100],
      [50, 100],
      [0, 100],
      [0, 0],
    ]);
    expect(b).toEqual([
      [50, 50],
      [100, 50],
      [150, 50],
      [150, 150],
      [50, 150],
      [50, 100],
      [50, 50],
    ]);
  });

  it('inserts a vertex lying within the distance of a segment of another ring', () => {
    // The second square's corner (100, 51) sits 1 unit off the first square's right side.
    const [a] = nodeRings(
      [
        square(0, 0, 100),
        [
          [100, 51],
          [200, 51],
          [200, 151],
          [101, 151],
          [100, 51],
        ],
      ],
      2,
    );
    expect(a).toEqual([
      [0, 0],
      [100, 0],
      [100, 51],
      [100, 100],
      [0, 100],
      [0, 0],
    ]);
  });
});
