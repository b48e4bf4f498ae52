import { COUNTRY_CODE, type Region, type RegionCode, type RegionKind } from '../../../domain/region';
import { keyWithPrefix, regionKey, similarity, statedKind } from './region-names';

export type RegionMatch =
  | { status: 'matched'; region: Region }
  /** Several regions carry the name; the first candidate is the likelier one, for the user to confirm. */
  | { status: 'ambiguous'; candidates: Region[] }
  | { status: 'unknown'; suggestions: Region[] };

export interface RegionMatcher {
  /** `province`: the province heading a BPS export put above the row, which narrows the search. */
  match(text: string, province?: RegionCode): RegionMatch;
}

/**
 * "61.11", "6111", a spreadsheet's "61.1" (61.10 with its zero dropped), "ID" → the code as written in
 * regions.json; null when the text is not shaped like a code at all.
 */
export function normalizeRegionCode(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (t === 'ID' || t === 'INDONESIA') return t === 'ID' ? COUNTRY_CODE : null;
  if (/^\d{2}$/.test(t) || /^\d{2}\.\d{2}$/.test(t)) return t;
  if (/^\d{4}$/.test(t)) return `${t.slice(0, 2)}.${t.slice(2)}`;
  if (/^\d{2}\.\d$/.test(t)) return `${t}0`;
  return null;
}

const isShouting = (text: string) => text === text.toUpperCase() && /[A-Z]/.test(text);
const provinceOf = (r: Region) => (r.kind === 'provinsi' ? r.code : r.parent);

/** The kind a name means: as stated, a province in capitals, else (BPS's habit) a bare name is a kabupaten. */
function meantKind(text: string): RegionKind | undefined {
  return statedKind(text) ?? (isShouting(text) ? 'provinsi' : undefined);
}

/**
 * Matches codes and names against the region list, forgiving how BPS and Bappeda write names (case,
 * spacing, "Kep."/"D I"/"DKI", old names). A bare name shared by several regions is ambiguous; its
 * likelier reading comes first: cities carry "Kota", so a bare name is the kabupaten, and a name in
 * capitals is the province's total row. Under a province heading a bare name is that province's
 * kabupaten, and suggestions for an unknown name stay in that province and kind.
 */
export function createRegionMatcher(regions: readonly Region[]): RegionMatcher {
  const byCode = new Map(regions.map((r) => [r.code as string, r]));
  const byKey = new Map<string, Region[]>();
  for (const region of regions) {
    const key = regionKey(region.name);
    byKey.set(key, [...(byKey.get(key) ?? []), region]);
  }

  function rank(text: string, candidates: Region[]): Region[] {
    const shouting = isShouting(text);
    const score = (r: Region) =>
      r.kind === 'provinsi' ? (shouting ? 0 : 2) : r.kind === 'kabupaten' ? 1 : 3;
    return [...candidates].sort((a, b) => score(a) - score(b));
  }

  function suggest(text: string, province: RegionCode | undefined): Region[] {
    const kind = meantKind(text) ?? (province ? 'kabupaten' : undefined);
    const key = regionKey(text);
    return regions
      .filter((r) => r.code !== COUNTRY_CODE)
      .filter((r) => !province || provinceOf(r) === province)
      .filter((r) => !kind || r.kind === kind)
      .map((r) => ({ r, s: similarity(key, regionKey(r.name)) }))
      .filter((x) => x.s >= 0.5)
      .sort((a, b) => b.s - a.s)
      .slice(0, 3)
      .map((x) => x.r);
  }

  function matchName(text: string, province: RegionCode | undefined): RegionMatch {
    const kind = statedKind(text);
    let named = byKey.get(regionKey(text)) ?? [];
    if (named.length === 0 && kind === 'kota') named = byKey.get(keyWithPrefix(text)) ?? [];
    else if (kind) named = named.filter((r) => r.kind === kind);
    if (province) {
      const inside = named.filter((r) => provinceOf(r) === province);
      if (inside.length > 0) named = inside;
      // Under a heading, a bare title-case name is the kabupaten and capitals are the province itself.
      const meant = meantKind(text) ?? 'kabupaten';
      const ofKind = named.filter((r) => r.kind === meant);
      if (ofKind.length === 1) return { status: 'matched', region: ofKind[0]! };
    }
    if (named.length === 1) return { status: 'matched', region: named[0]! };
    if (named.length > 1) return { status: 'ambiguous', candidates: rank(text, named) };
    return { status: 'unknown', suggestions: suggest(text, province) };
  }

  function matchText(text: string, province: RegionCode | undefined): RegionMatch {
    const trimmed = text.trim();
    if (!trimmed) return { status: 'unknown', suggestions: [] };
    const code = normalizeRegionCode(trimmed);
    if (code !== null) {
      const region = byCode.get(code);
      return region ? { status: 'matched', region } : { status: 'unknown', suggestions: [] };
    }
    if (/^indonesia$/i.test(trimmed)) {
      const country = byCode.get(COUNTRY_CODE);
      if (country) return { status: 'matched', region: country };
    }
    return matchName(trimmed, province);
  }

  // A file repeats each region once per year (and sector): each distinct text is matched once.
  const known = new Map<string, RegionMatch>();
  return {
    match(text, province) {
      const cacheKey = `${province ?? ''}|${text}`;
      let found = known.get(cacheKey);
      if (!found) {
        found = matchText(text, province);
        known.set(cacheKey, found);
      }
      return found;
    },
  };
}
