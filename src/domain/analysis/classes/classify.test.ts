import { describe, expect, it } from 'vitest';
import type { Band } from '../../indicator';
import { classIndexOf, classify } from './classify';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classify', () => {
  it('makes equal intervals between the smallest and largest value', () => {
    expect(classify(values, 'equal', 3)).toEqual([
      { from: 1, to: 4 },
      { from: 4, to: 7 },
      { from: 7, to: 10 },
    ]);
  });

  it('makes quantile classes holding about the same number of regions', () => {
    const classes = classify(values, 'quantile', 2);
    expect(classes).toEqual([
      { from: 1, to: 5.5 },
      { from: 5.5, to: 10 },
    ]);
    expect(values.filter((v) => classIndexOf(classes, v) === 0)).toHaveLength(5);
  });

  it('finds natural breaks between clusters', () => {
    expect(classify([1, 1.2, 1.1, 8, 8.3, 20, 21], 'jenks', 3)).toEqual([
      { from: 1, to: 8 },
      { from: 8, to: 20 },
      { from: 20, to: 21 },
    ]);
  });

  it('makes fewer classes when there are fewer distinct values', () => {
    expect(classify([3, 3, 3], 'quantile', 5)).toEqual([{ from: 3, to: 3 }]);
    expect(classify([], 'quantile', 5)).toEqual([]);
  });

  it('uses the official bands as they are', () => {
    const bands: Band[] = [
      { from: null, to: 1.8, label: { id: 'Kurang', en: 'Poor' } },
      { from: 1.8, to: null, label: { id: 'Cukup+', en: 'Fair+' } },
    ];
    const classes = classify([2.5], 'official', 5, bands);
    expect(classes.map((c) => c.band?.label.id)).toEqual(['Kurang', 'Cukup+']);
    expect(classIndexOf(classes, 1.8)).toBe(1);
    expect(classIndexOf(classes, 1.79)).toBe(0);
  });
});

describe('classIndexOf', () => {
  it('puts the largest value in the last class and out-of-range values nowhere', () => {
    const classes = classify(values, 'equal', 3);
    expect(classIndexOf(classes, 10)).toBe(2);
    expect(classIndexOf(classes, 4)).toBe(1);
    expect(classIndexOf(classes, 11)).toBe(-1);
  });
});
