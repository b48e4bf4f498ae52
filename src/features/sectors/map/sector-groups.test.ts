import { describe, expect, it } from 'vitest';
import { MUTED_COLORS } from '../../../components/charts/chart-palette';
import { SECTOR_CODES } from '../../../domain/sectors/sector-codes';
import { SECTOR_GROUPS, sectorColor, sectorLegend } from './sector-groups';

describe('sector groups on the maps', () => {
  it('puts each of the 17 sectors in exactly one of nine colour-blind-safe colours', () => {
    expect(SECTOR_GROUPS.flat().sort()).toEqual([...SECTOR_CODES].sort());
    expect(SECTOR_GROUPS).toHaveLength(MUTED_COLORS.length);
    expect(sectorColor('I')).toBe(sectorColor('R,S,T,U'));
    expect(sectorColor('A')).not.toBe(sectorColor('G'));
  });

  it('names every sector shown, and only those, in the legend', () => {
    expect(sectorLegend(['Q', 'A', 'P', 'A'], 'id')).toEqual([
      { label: 'Pertanian', color: sectorColor('A') },
      { label: 'Pendidikan / Kesehatan', color: sectorColor('P') },
    ]);
  });
});
