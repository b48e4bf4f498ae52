import type { RankedSector } from '../../../domain/sectors/priority';
import {
  BRANDING_THEMES,
  SECTOR_THEMES,
  type BrandingTheme,
  type SectorCode,
} from '../../../domain/sectors/sector-codes';

export interface ThemeGroup {
  theme: BrandingTheme;
  /** Sectors feeding the theme, by priority; `leading` marks the region's top five. */
  sectors: { sector: SectorCode; rank: number; score: number; leading: boolean }[];
}

export const LEADING_COUNT = 5;

export function toThemeGroups(ranked: readonly RankedSector[]): ThemeGroup[] {
  return BRANDING_THEMES.map((theme) => ({
    theme,
    sectors: ranked
      .filter((r) => SECTOR_THEMES[r.sector].includes(theme))
      .map((r) => ({ sector: r.sector, rank: r.rank, score: r.score, leading: r.rank <= LEADING_COUNT })),
  }));
}
