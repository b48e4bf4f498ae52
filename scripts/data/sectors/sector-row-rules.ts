import type { Region } from '../../../src/domain/region';
import { SECTOR_CODES, TOTAL_CODE } from '../../../src/domain/sectors/sector-codes';
import type { SectorValue } from '../../../src/domain/sectors/sector-value';
import type { CsvRow } from '../csv';
import { compareRegionCodes } from '../region-list';

export const SCIENTIFIC_NOTATION = /^\d(\.\d+)?E\+\d+$/;

export function completeQuarters(rows: readonly CsvRow[]): Set<string> {
  const sectors = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.values.quarter === undefined) return new Set();
    const key = `${r.values.region_code}|${r.values.year}|${r.values.quarter}`;
    const set = sectors.get(key) ?? new Set();
    set.add(r.values.sector_code ?? '');
    sectors.set(key, set);
  }
  return new Set([...sectors].filter(([, set]) => SECTOR_CODES.every((c) => set.has(c))).map(([k]) => k));
}

/** As the fact tables' README states: quarterly figures, Sambas 2025, the 2024 province and national rows. */
export function isPreliminary(
  file: string,
  region: Region,
  year: number,
  quarter: string | undefined,
): boolean {
  if (quarter !== undefined) return true;
  if (file === 'pdrb/pdrb_sector.csv') return region.level === 'regency' ? year >= 2025 : year >= 2024;
  if (file === 'pdrb/pdrb_national.csv') return year >= 2024;
  return false;
}

const SECTOR_ORDER = new Map<string, number>([...SECTOR_CODES, TOTAL_CODE].map((c, i) => [c, i]));

export function compareSectorValues(a: SectorValue, b: SectorValue): number {
  return (
    compareRegionCodes(a.region, b.region) ||
    a.year - b.year ||
    (a.quarter ?? 0) - (b.quarter ?? 0) ||
    a.basis.localeCompare(b.basis) ||
    SECTOR_ORDER.get(a.sector)! - SECTOR_ORDER.get(b.sector)!
  );
}
