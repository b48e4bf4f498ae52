import { MUTED_COLORS } from '../../../components/charts/chart-palette';
import type { Language } from '../../../domain/localized';
import { SECTOR_SHORT_NAMES, type SectorCode } from '../../../domain/sectors/sector-codes';

/**
 * Seventeen colours cannot all stay distinct for colour-blind readers, so the maps colour nine groups of
 * related sectors (one colour-blind-safe colour each) and the legend names every sector shown in a group.
 */
export const SECTOR_GROUPS: readonly (readonly SectorCode[])[] = [
  ['A'],
  ['B', 'D'],
  ['C'],
  ['F', 'L'],
  ['G'],
  ['H', 'J'],
  ['I', 'R,S,T,U'],
  ['K', 'M,N'],
  ['O', 'P', 'Q', 'E'],
];

const GROUP_OF = new Map<SectorCode, number>(
  SECTOR_GROUPS.flatMap((group, i) => group.map((sector) => [sector, i] as const)),
);

export function sectorColor(sector: SectorCode): string {
  return MUTED_COLORS[GROUP_OF.get(sector)!]!;
}

export interface LegendItem {
  label: string;
  color: string;
}

/** One item per group that appears, naming the sectors of the group that appear, in group order. */
export function sectorLegend(shown: Iterable<SectorCode>, language: Language): LegendItem[] {
  const present = new Set(shown);
  return SECTOR_GROUPS.flatMap((group, i) => {
    const names = group.filter((s) => present.has(s)).map((s) => SECTOR_SHORT_NAMES[s][language]);
    return names.length > 0 ? [{ label: names.join(' / '), color: MUTED_COLORS[i]! }] : [];
  });
}
