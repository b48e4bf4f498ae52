import { COUNTRY_CODE, type Region, type RegionKind } from '../../../domain/region';
import { normalizeRegionName, searchRegions } from '../../../domain/region-index';

export type RegionMatch =
  | { status: 'matched'; region: Region }
  /** Several regions carry the name; the first candidate is the likelier one, for the user to confirm. */
  | { status: 'ambiguous'; candidates: Region[] }
  | { status: 'unknown'; suggestions: Region[] };

export interface RegionMatcher {
  match(text: string): RegionMatch;
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

const KIND_PREFIXES: [RegExp, RegionKind][] = [
  [/^(kabupaten\s+|kab\.\s*|kab\s+)/i, 'kabupaten'],
  [/^kota\s+/i, 'kota'],
  [/^(provinsi\s+|prov\.\s*|prov\s+)/i, 'provinsi'],
];

function statedKind(text: string): RegionKind | undefined {
  return KIND_PREFIXES.find(([pattern]) => pattern.test(text.trim()))?.[1];
}

/**
 * Matches codes and names against the region list. A bare name shared by several regions is ambiguous;
 * its likelier reading comes first, following how BPS tables write names: cities carry "Kota", so a bare
 * name is the kabupaten, and a name in capitals is the province's total row.
 */
export function createRegionMatcher(regions: readonly Region[]): RegionMatcher {
  const byCode = new Map(regions.map((r) => [r.code as string, r]));
  const byName = new Map<string, Region[]>();
  for (const region of regions) {
    const key = normalizeRegionName(region.name);
    byName.set(key, [...(byName.get(key) ?? []), region]);
  }

  function rankCandidates(text: string, candidates: Region[]): Region[] {
    const shouting = text === text.toUpperCase() && /[A-Z]/.test(text);
    const score = (r: Region) =>
      r.kind === 'provinsi' ? (shouting ? 0 : 2) : r.kind === 'kabupaten' ? 1 : 3;
    return [...candidates].sort((a, b) => score(a) - score(b));
  }

  // A file repeats each region once per year (and sector): each distinct text is matched once.
  const known = new Map<string, RegionMatch>();

  function matchText(text: string): RegionMatch {
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
    const kind = statedKind(trimmed);
    const named = byName.get(normalizeRegionName(trimmed)) ?? [];
    const candidates = kind ? named.filter((r) => r.kind === kind) : named;
    if (candidates.length === 1) return { status: 'matched', region: candidates[0]! };
    if (candidates.length > 1)
      return { status: 'ambiguous', candidates: rankCandidates(trimmed, candidates) };
    // A typo ("Kayong Utra") still finds its region through the first word.
    const firstWord = normalizeRegionName(trimmed).split(' ')[0] ?? '';
    const suggestions = searchRegions(regions, trimmed, 3);
    return {
      status: 'unknown',
      suggestions:
        suggestions.length > 0 || firstWord.length < 4 ? suggestions : searchRegions(regions, firstWord, 3),
    };
  }

  return {
    match(text) {
      let found = known.get(text);
      if (!found) {
        found = matchText(text);
        known.set(text, found);
      }
      return found;
    },
  };
}
