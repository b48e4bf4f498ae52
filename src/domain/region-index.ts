import type { Region, RegionCode, RegionLevel } from './region';

export interface RegionIndex {
  byCode: ReadonlyMap<RegionCode, Region>;
  atLevel(level: RegionLevel): Region[];
  childrenOf(code: RegionCode): Region[];
  levelOf(code: RegionCode): RegionLevel | undefined;
}

export function indexRegions(regions: readonly Region[]): RegionIndex {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byLevel = groupBy(regions, (r) => r.level);
  const byParent = groupBy(regions, (r) => r.parent ?? '');
  return {
    byCode,
    atLevel: (level) => byLevel.get(level) ?? [],
    childrenOf: (code) => byParent.get(code) ?? [],
    levelOf: (code) => byCode.get(code)?.level,
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Lower-case, accents and punctuation removed, "kab."/"kabupaten"/"kota" prefixes dropped. */
export function normalizeRegionName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(kabupaten|kab\.?|kota|provinsi|prov\.?)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Regions whose name or code matches the query: code prefix first, then names that start with it,
 * then names that contain it; provinces before regencies at equal quality.
 */
export function searchRegions(regions: readonly Region[], query: string, limit = 10): Region[] {
  const q = query.trim();
  if (!q) return [];
  const needle = normalizeRegionName(q);
  const scored: { region: Region; score: number }[] = [];
  for (const region of regions) {
    const name = normalizeRegionName(region.name);
    let score: number;
    if (region.code.startsWith(q)) score = 0;
    else if (name.startsWith(needle)) score = 1;
    else if (name.split(' ').some((word) => word.startsWith(needle))) score = 2;
    else if (needle.length > 2 && name.includes(needle)) score = 3;
    else continue;
    scored.push({ region, score: score * 10 + (region.level === 'province' ? 0 : 1) });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.region.name.localeCompare(b.region.name, 'id'))
    .slice(0, limit)
    .map((s) => s.region);
}
