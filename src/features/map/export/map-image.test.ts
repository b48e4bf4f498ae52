import { describe, expect, it } from 'vitest';
import { layoutLegend } from './map-image';

describe('layoutLegend', () => {
  it('places swatches left to right and wraps when the next one would not fit', () => {
    const items = ['aaaa', 'bbbb', 'cccc'].map((label) => ({ label, color: '#000' }));
    // Each item is 16 (swatch) + 40 (text) + 16 (gap) = 72 wide; 8 margin each side of a 160 canvas.
    const placed = layoutLegend(items, 160, (label) => label.length * 10);
    expect(placed.map(({ x, row }) => [x, row])).toEqual([
      [8, 0],
      [80, 0],
      [8, 1],
    ]);
  });
});
