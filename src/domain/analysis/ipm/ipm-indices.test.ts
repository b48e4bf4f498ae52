import { describe, expect, it } from 'vitest';
import { ipmIndices, weakestDimension, type IpmComponents } from './ipm-indices';

/** Rows of the BPS 2024 tables var 413–417 (data/sources), checked by hand. */
const ROWS: [string, IpmComponents, number][] = [
  // Kayong Utara: health (69.51−20)/65 = 0.7617; education (12.2/18 + 6.54/15)/2 = 0.5569;
  // living ln(9016/1007.436)/ln(26572.352/1007.436) = 2.1916/3.2725 = 0.6697; ∛(0.2841) = 0.6574.
  [
    '61.11 Kayong Utara',
    { lifeExpectancy: 69.51, expectedSchooling: 12.2, meanSchooling: 6.54, expenditure: 9016 },
    65.74,
  ],
  [
    '31.71 Jakarta Selatan',
    { lifeExpectancy: 75.09, expectedSchooling: 13.31, meanSchooling: 11.61, expenditure: 18661 },
    83.01,
  ],
  [
    '95.04 Tolikara',
    { lifeExpectancy: 66.53, expectedSchooling: 9.03, meanSchooling: 3.69, expenditure: 5653 },
    52.05,
  ],
  [
    '11.01 Aceh Selatan',
    { lifeExpectancy: 64.97, expectedSchooling: 14.71, meanSchooling: 8.92, expenditure: 9190 },
    69.1,
  ],
  [
    '34.71 Kota Yogyakarta',
    { lifeExpectancy: 75.11, expectedSchooling: 17.66, meanSchooling: 12.12, expenditure: 20603 },
    88.77,
  ],
];

describe('ipmIndices', () => {
  it.each(ROWS)('reproduces the published IPM of %s to 2 decimals', (_, components, published) => {
    expect(Math.round(ipmIndices(components).ipm * 100) / 100).toBe(published);
  });

  it('gives Kayong Utara the hand-computed dimension indices', () => {
    const indices = ipmIndices(ROWS[0]![1]);
    expect(indices.health).toBeCloseTo(0.7617, 4);
    expect(indices.education).toBeCloseTo(0.5569, 4);
    expect(indices.living).toBeCloseTo(0.6697, 4);
  });

  it('caps expected schooling at 18 years and mean schooling at 15', () => {
    const base = { lifeExpectancy: 85, expenditure: 26572.352 };
    const over = ipmIndices({ ...base, expectedSchooling: 20, meanSchooling: 16 });
    expect(over.education).toBe(1);
    expect(over.ipm).toBeCloseTo(100, 10);
  });
});

describe('weakestDimension', () => {
  it('names the lowest index: education for Kayong Utara, decent living for Aceh Selatan', () => {
    expect(weakestDimension(ipmIndices(ROWS[0]![1]))).toBe('education');
    // Aceh Selatan: health 0.6918, education 0.7059, living 0.6755.
    expect(weakestDimension(ipmIndices(ROWS[3]![1]))).toBe('living');
  });
});
