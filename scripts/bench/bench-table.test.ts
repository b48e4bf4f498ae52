import { describe, expect, it } from 'vitest';
import { formatTable, median, ratioOf } from './bench-table';

describe('bench table', () => {
  it('divides measured by budget, and budget by measured for scores', () => {
    expect(ratioOf({ figure: 'js', unit: 'KB', budget: 200 * 1024, measured: 150 * 1024 })).toBe(0.75);
    expect(ratioOf({ figure: 'score', unit: 'score', budget: 95, measured: 76, higherIsBetter: true })).toBe(
      1.25,
    );
    expect(ratioOf({ figure: 'cls', unit: 'ratio', budget: 0.02, measured: null })).toBeNull();
  });

  it('prints budget, measured and a mark per row', () => {
    const table = formatTable([
      { figure: 'first-screen JS', unit: 'KB', budget: 200 * 1024, measured: 190 * 1024 },
      { figure: 'Lighthouse score', unit: 'score', budget: 95, measured: 76, higherIsBetter: true },
      { figure: 'regions.json', unit: 'KB', budget: null, measured: 5.5 * 1024 },
    ]);
    const lines = table.split('\n');
    expect(lines[2]).toMatch(/^first-screen JS\s+≤ 200\.0 KB\s+190\.0 KB\s+0\.95 ✓$/);
    expect(lines[3]).toMatch(/^Lighthouse score\s+≥ 95\s+76\s+1\.25 ✗$/);
    expect(lines[4]).toMatch(/^regions\.json\s+—\s+5\.5 KB\s+—$/);
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
