import type { Source } from '../provenance';
import type { RegionCode } from '../region';
import { SECTOR_CODES, TOTAL_CODE, type SectorCode } from './sector-codes';
import type { PriceBasis, SectorValue } from './sector-value';

/** One economy's 17 sectors for one year (or quarter) and price basis. */
export interface SectorTable {
  region: RegionCode;
  year: number;
  /** null for an annual table. */
  quarter: number | null;
  basis: PriceBasis;
  values: Readonly<Record<SectorCode, number>>;
  /** The published total (BPS "PDRB") where there is one, otherwise the sum of the sectors. */
  total: number;
  totalPublished: boolean;
  /** Published on the province boundary before the 2022 Papua split. */
  oldBoundary: boolean;
  preliminary: boolean;
  sources: Source[];
  /** For a computed sum (sum of provinces, of a province's regencies): the economies summed. */
  parts?: RegionCode[];
}

export interface IncompleteTable {
  region: RegionCode;
  year: number;
  quarter: number | null;
  basis: PriceBasis;
  missing: SectorCode[];
}

export interface SectorTableIndex {
  get(region: RegionCode, year: number, quarter: number | null, basis: PriceBasis): SectorTable | undefined;
  /** Every complete table of a region, oldest first. */
  of(region: RegionCode): SectorTable[];
  all: readonly SectorTable[];
  incomplete: readonly IncompleteTable[];
}

const keyOf = (region: string, year: number, quarter: number | null, basis: PriceBasis) =>
  `${region}|${year}|${quarter ?? 'Y'}|${basis}`;

/** Groups rows into tables; a table missing any of the 17 sectors is set aside, never half-used. */
export function indexSectorTables(rows: readonly SectorValue[]): SectorTableIndex {
  const groups = new Map<string, SectorValue[]>();
  for (const row of rows) {
    const key = keyOf(row.region, row.year, row.quarter ?? null, row.basis);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const byKey = new Map<string, SectorTable>();
  const byRegion = new Map<string, SectorTable[]>();
  const incomplete: IncompleteTable[] = [];
  for (const [key, group] of groups) {
    const first = group[0]!;
    const values: Partial<Record<SectorCode, number>> = {};
    let published: number | undefined;
    for (const row of group) {
      if (row.sector === TOTAL_CODE) published = row.value;
      else values[row.sector] = row.value;
    }
    const quarter = first.quarter ?? null;
    const missing = SECTOR_CODES.filter((code) => values[code] === undefined);
    if (missing.length > 0) {
      incomplete.push({ region: first.region, year: first.year, quarter, basis: first.basis, missing });
      continue;
    }
    const complete = values as Record<SectorCode, number>;
    const table: SectorTable = {
      region: first.region,
      year: first.year,
      quarter,
      basis: first.basis,
      values: complete,
      total: published ?? sumSectors(complete),
      totalPublished: published !== undefined,
      oldBoundary: group.some((row) => row.flags?.includes('old-boundary')),
      preliminary: group.some((row) => row.preliminary),
      sources: distinctSources(group),
    };
    byKey.set(key, table);
    const list = byRegion.get(first.region);
    if (list) list.push(table);
    else byRegion.set(first.region, [table]);
  }
  for (const list of byRegion.values())
    list.sort((a, b) => a.year - b.year || (a.quarter ?? 0) - (b.quarter ?? 0));
  return {
    get: (region, year, quarter, basis) => byKey.get(keyOf(region, year, quarter, basis)),
    of: (region) => byRegion.get(region) ?? [],
    all: [...byKey.values()],
    incomplete,
  };
}

function sumSectors(values: Readonly<Record<SectorCode, number>>): number {
  return SECTOR_CODES.reduce((sum, code) => sum + values[code], 0);
}

/** Adds several economies into one (the sum of provinces, or of a province's regencies). */
export function sumTables(region: RegionCode, tables: readonly SectorTable[]): SectorTable | undefined {
  const first = tables[0];
  if (!first) return undefined;
  const values = Object.fromEntries(
    SECTOR_CODES.map((code) => [code, tables.reduce((sum, t) => sum + t.values[code], 0)]),
  ) as Record<SectorCode, number>;
  return {
    region,
    year: first.year,
    quarter: first.quarter,
    basis: first.basis,
    values,
    total: tables.reduce((sum, t) => sum + t.total, 0),
    totalPublished: tables.every((t) => t.totalPublished),
    // The sum of all parts covers the same territory before and after a split.
    oldBoundary: false,
    preliminary: tables.some((t) => t.preliminary),
    sources: distinctSources(tables.flatMap((t) => t.sources.map((source) => ({ source })))),
    parts: tables.map((t) => t.region),
  };
}

function distinctSources(items: readonly { source?: Source }[]): Source[] {
  const seen = new Map<string, Source>();
  // Rows of one file share their source object: compare by identity first, by name and link only once.
  const objects = new Set<Source>();
  for (const { source } of items) {
    if (!source || objects.has(source)) continue;
    objects.add(source);
    const key = `${source.name}|${source.url ?? ''}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}
