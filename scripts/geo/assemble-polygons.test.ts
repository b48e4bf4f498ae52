import { describe, expect, it } from 'vitest';
import { assemblePolygons, splitRing } from './assemble-polygons';
import { startAtCorner, tidyPolygons } from './simplify-layers';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('splitRing', () => {
  it('cuts a figure eight at the point it passes twice', () => {
    const eight = [
      [0, 0],
      [2, 0],
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(splitRing(eight)).toEqual([
      [
        [2, 2],
        [4, 2],
        [4, 4],
        [2, 4],
        [2, 2],
      ],
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ]);
  });
});

describe('assemblePolygons', () => {
  it('turns a hole inside a hole into an island', () => {
    const polygons = assemblePolygons([[square(0, 0, 10), square(2, 2, 6), square(4, 4, 2)]]);
    expect(polygons).toEqual([[square(0, 0, 10), square(2, 2, 6)], [square(4, 4, 2)]]);
  });

  it('gives each hole to the outline around it', () => {
    const polygons = assemblePolygons([[square(0, 0, 10)], [square(20, 0, 10), square(22, 2, 2)]]);
    expect(polygons).toEqual([[square(0, 0, 10)], [square(20, 0, 10), square(22, 2, 2)]]);
  });
});

describe('tidyPolygons', () => {
  it('drops rings without area and spikes', () => {
    const spiky = [
      [0, 0],
      [10, 0],
      [10, 10],
      [15, 15],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(
      tidyPolygons([
        [spiky],
        [
          [
            [0, 0],
            [1, 1],
            [2, 2],
            [0, 0],
          ],
        ],
      ]),
    ).toEqual([[square(0, 0, 10)]]);
  });
});

describe('startAtCorner', () => {
  it('starts a ring at its south-west corner', () => {
    expect(
      startAtCorner([
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
        [10, 0],
      ]),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });
});
