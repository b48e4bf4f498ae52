import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf, fitProjection, geometryPath, padBBox } from './projection';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [100, 0],
      [102, 0],
      [102, 2],
      [100, 2],
      [100, 0],
    ],
  ],
};

describe('bboxOf', () => {
  it('spans every ring of every geometry', () => {
    const other: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [99, -1],
          [99.5, -1],
          [99, -0.5],
          [99, -1],
        ],
      ],
    };
    expect(bboxOf([square, other])).toEqual([99, -1, 102, 2]);
    expect(bboxOf([])).toBeNull();
  });
});

describe('fitProjection', () => {
  it('fits the box inside the frame, north up, centred on the short side', () => {
    // At latitude 1° the cosine is 0.99985, so a 2°×2° box is almost square: 100 px wide in a 200 px frame.
    const project = fitProjection([100, 0, 102, 2], 200, 100, 0);
    const [x0, yTop] = project([100, 2]);
    const [x1, yBottom] = project([102, 0]);
    expect(yTop).toBe(0);
    expect(yBottom).toBe(100);
    expect(x1 - x0).toBeCloseTo(100, 0);
    expect(x0).toBeCloseTo(50, 0);
  });
});

describe('geometryPath', () => {
  it('writes one closed subpath per ring', () => {
    const project = fitProjection([100, 0, 102, 2], 100, 100, 0);
    expect(geometryPath(square, project)).toBe('M0,100L100,100L100,0L0,0L0,100Z');
  });
});

describe('padBBox', () => {
  it('adds the fraction of the width and height on each side', () => {
    expect(padBBox([100, 0, 102, 4], 0.25)).toEqual([99.5, -1, 102.5, 5]);
  });
});
