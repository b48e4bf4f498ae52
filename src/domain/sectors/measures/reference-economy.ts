import { COUNTRY_CODE, type Region, type RegionCode } from '../../region';
import type { SectorTable, SectorTableIndex } from '../sector-tables';
import { sumTables } from '../sector-tables';
import type { PriceBasis } from '../sector-value';

/**
 * The economy a region is compared with. A province: the sum of the provinces (default, consistent with
 * the province rows) or the published national table. A regency/city: its province as published
 * (default), or the sum of the province's regencies/cities when every one of them has data.
 */
export type ReferenceKind = 'provinces-sum' | 'national' | 'province' | 'regencies-sum';

/** What the analysis needs to know about the region list. */
export interface RegionContext {
  provinces: readonly RegionCode[];
  regenciesOf(province: RegionCode): readonly RegionCode[];
}

export function referenceKindsFor(region: Pick<Region, 'level'>): ReferenceKind[] {
  if (region.level === 'province') return ['provinces-sum', 'national'];
  if (region.level === 'regency') return ['province', 'regencies-sum'];
  return [];
}

/** The code of the reference region: Indonesia for a province, the province for a regency/city. */
export function referenceCodeOf(region: Pick<Region, 'level' | 'parent' | 'code'>): RegionCode {
  return region.level === 'regency'
    ? (region.parent ?? (region.code.slice(0, 2) as RegionCode))
    : COUNTRY_CODE;
}

/** Sums are the same for every region that asks (all regencies of a province): computed once per index. */
const sums = new WeakMap<SectorTableIndex, Map<string, SectorTable | undefined>>();

export function referenceTable(
  kind: ReferenceKind,
  code: RegionCode,
  tables: SectorTableIndex,
  context: RegionContext,
  year: number,
  quarter: number | null,
  basis: PriceBasis,
): SectorTable | undefined {
  if (kind === 'national' || kind === 'province') return tables.get(code, year, quarter, basis);
  let cache = sums.get(tables);
  if (!cache) {
    cache = new Map();
    sums.set(tables, cache);
  }
  // The context is part of the key through the kind and code: one index, one region list.
  const key = `${kind}|${code}|${year}|${quarter ?? 'Y'}|${basis}`;
  if (cache.has(key)) return cache.get(key);
  const table = computeReferenceTable(kind, code, tables, context, year, quarter, basis);
  cache.set(key, table);
  return table;
}

function computeReferenceTable(
  kind: ReferenceKind,
  code: RegionCode,
  tables: SectorTableIndex,
  context: RegionContext,
  year: number,
  quarter: number | null,
  basis: PriceBasis,
): SectorTable | undefined {
  switch (kind) {
    case 'national':
    case 'province':
      return tables.get(code, year, quarter, basis);
    case 'provinces-sum': {
      const parts = context.provinces
        .map((p) => tables.get(p, year, quarter, basis))
        .filter((t): t is SectorTable => t !== undefined);
      return sumTables(COUNTRY_CODE, parts);
    }
    case 'regencies-sum': {
      const children = context.regenciesOf(code);
      const parts = children.map((c) => tables.get(c, year, quarter, basis));
      // A sum missing some regencies would be a different economy from the province.
      if (children.length === 0 || parts.some((t) => t === undefined)) return undefined;
      return sumTables(code, parts as SectorTable[]);
    }
  }
}
