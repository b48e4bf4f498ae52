import type { RegionKind } from '../../../domain/region';

/**
 * Names BPS tables (and older Bappeda files) still use for regions renamed since, or spelt differently
 * from the Kemendagri names in regions.json. Keys and values are match keys (see `regionKey`). The first
 * four come from the BPS ↔ Kemendagri crosswalk (BPS names that differ from Kemendagri's), the rest are
 * spellings seen in BPS exports.
 */
const ALIASES: Readonly<Record<string, string>> = {
  tobasamosir: 'toba',
  malukutenggarabarat: 'kepulauantanimbar',
  mamujuutara: 'pasangkayu',
  siautagulandangbiaro: 'kepulauansiautagulandangbiaro',
  makasar: 'makassar',
  pangkep: 'pangkajenedankepulauan',
  pangkajenekepulauan: 'pangkajenedankepulauan',
  seribu: 'kepulauanseribu',
  jakarta: 'daerahkhususibukotajakarta',
  babel: 'kepulauanbangkabelitung',
  bangkabelitung: 'kepulauanbangkabelitung',
  nanggroeacehdarussalam: 'aceh',
};

const KIND_PREFIX = /^(kabupaten|kab|kota|provinsi|prov)\b\.?\s*/;

/** Lower case, no accents, BPS's abbreviations written out ("Kep." → kepulauan, "D I" → daerah istimewa). */
function expand(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\badm\.?\s+|\badministrasi\s+/g, '')
    .replace(/\bkep\.\s*|\bkep\s+/g, 'kepulauan ')
    .replace(/^d\.?\s*i\.?\s+(?=yogya)/, 'daerah istimewa ')
    .replace(/^diy\b/, 'daerah istimewa yogyakarta')
    .replace(/^dki\.?\s+/, 'daerah khusus ibukota ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind a name states by its prefix ("Kab.", "Kota", "Provinsi"), if any. */
export function statedKind(text: string): RegionKind | undefined {
  const prefix = KIND_PREFIX.exec(expand(text))?.[1];
  if (!prefix) return undefined;
  return prefix.startsWith('kab') ? 'kabupaten' : prefix === 'kota' ? 'kota' : 'provinsi';
}

/**
 * The key two spellings of one name share: prefix dropped, abbreviations written out, spaces and
 * punctuation gone ("Labuhan Batu" = "Labuhanbatu", "Kota Bau-Bau" = "Baubau"), old names mapped.
 */
export function regionKey(text: string): string {
  const key = expand(text)
    .replace(KIND_PREFIX, '')
    .replace(/[^a-z0-9]+/g, '');
  return ALIASES[key] ?? key;
}

/** The key with a leading "Kota" kept: BPS writes Kabupaten Kotabaru as "Kota Baru". */
export function keyWithPrefix(text: string): string {
  return expand(text).replace(/[^a-z0-9]+/g, '');
}

/** Similarity of two keys in [0, 1]: shared letter pairs (Dice), enough to rank typos. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared += 1;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}
