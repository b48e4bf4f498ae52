import { NO_DATA } from '../../../components/charts/chart-palette';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import { analyseSectors } from '../../../domain/sectors/analysis/analyse-sectors';
import type { AnalysisSettings } from '../../../domain/sectors/analysis/analysis-settings';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { communityNeed, rankSectorPriorities, type PriorityWeights } from '../../../domain/sectors/priority';
import { referenceCodeOf, type RegionContext } from '../../../domain/sectors/measures/reference-economy';
import type { SectorCode } from '../../../domain/sectors/sector-codes';
import type { SectorTableIndex } from '../../../domain/sectors/sector-tables';
import { needMeasures, type NeedIndicator } from '../view-model/need-measures';
import { sectorColor } from './sector-groups';

export interface TopSector {
  sector: SectorCode;
  score: number;
  mode: 'annual' | 'quarterly';
  year: number;
  quarter: number | null;
  /** Analysed on rows published on the province boundary before the 2022 Papua split. */
  oldBoundary: boolean;
}

export function regionContextOf(index: RegionIndex): RegionContext {
  return {
    provinces: index.atLevel('province').map((r) => r.code),
    regenciesOf: (code) => index.childrenOf(code).map((r) => r.code),
  };
}

/** Whom a region's need figures are compared with when its reference publishes none: its siblings. */
export function peersOf(region: Pick<Region, 'level' | 'parent'>, index: RegionIndex): RegionCode[] {
  if (region.level === 'province') return index.atLevel('province').map((r) => r.code);
  return region.parent ? index.childrenOf(region.parent).map((r) => r.code) : [];
}

/** The place a reason names: the province for a regency's references, Indonesia for a province's. */
export function placeOfReference(analysis: Pick<SectorAnalysis, 'reference'>): RegionCode {
  return analysis.reference.code;
}

/** Each region's first priority sector, with the same settings and weights as the page. */
export function topSectors(
  regions: readonly Region[],
  tables: SectorTableIndex,
  index: RegionIndex,
  settings: AnalysisSettings,
  weights: PriorityWeights,
  needs: Partial<Record<NeedIndicator, readonly Observation[]>>,
): Map<RegionCode, TopSector> {
  const context = regionContextOf(index);
  const result = new Map<RegionCode, TopSector>();
  for (const region of regions) {
    // A province's period and reference apply to every province; a regency keeps its own defaults.
    const own =
      region.level === 'province'
        ? settings
        : { ...settings, from: undefined, to: undefined, ref: undefined };
    const outcome = analyseSectors(region, tables, context, own);
    if (outcome.status !== 'ok') continue;
    const { analysis } = outcome;
    const need = communityNeed(
      needMeasures(region.code, referenceCodeOf(region), needs, peersOf(region, index)),
    );
    const first = rankSectorPriorities(analysis, weights, need)[0];
    if (first) {
      result.set(region.code, {
        sector: first.sector,
        score: first.score,
        mode: analysis.mode,
        year: analysis.year,
        quarter: analysis.quarter,
        oldBoundary: analysis.regionTable.oldBoundary,
      });
    }
  }
  return result;
}

/** Each region in its sector group's colour; grey without data. */
export function fillOf(tops: ReadonlyMap<RegionCode, TopSector>) {
  return (code: RegionCode) => {
    const top = tops.get(code);
    return top ? sectorColor(top.sector) : NO_DATA;
  };
}

/** The province whose kabupaten/kota a region's page maps: its own (a province), or its parent. */
export function mapProvinceOf(region: Pick<Region, 'code' | 'level' | 'parent'>): RegionCode | null {
  if (region.level === 'province') return region.code;
  if (region.level === 'regency') return region.parent ?? (region.code.slice(0, 2) as RegionCode);
  return null;
}
