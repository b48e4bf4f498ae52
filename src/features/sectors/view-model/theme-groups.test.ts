import { describe, expect, it } from 'vitest';
import type { RankedSector } from '../../../domain/sectors/priority';
import { toThemeGroups } from './theme-groups';

describe('toThemeGroups', () => {
  it('lists each theme with its sectors by priority and marks the top five', () => {
    const ranked = (['I', 'A', 'Q', 'C', 'G', 'R,S,T,U'] as const).map(
      (sector, i) => ({ sector, rank: i + 1, score: 90 - i * 10 }) as unknown as RankedSector,
    );
    const [destination, business, liveable] = toThemeGroups(ranked);
    // Trade (G) and farming (A) are not tourism; accommodation and food (I) and recreation (R–U) are.
    expect(destination!.sectors.map((s) => [s.sector, s.leading])).toEqual([
      ['I', true],
      ['R,S,T,U', false],
    ]);
    expect(business!.sectors.map((s) => s.sector)).toEqual(['I', 'A', 'C', 'G']);
    expect(liveable!.sectors.map((s) => s.sector)).toEqual(['Q', 'R,S,T,U']);
  });
});
