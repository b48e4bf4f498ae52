/**
 * Name keys for joining idn-area-data ("Kabupaten Tanjung Jabung Barat", "Poli Polia") with GADM
 * ("TanjungJabungB", "Poli-Polia"). GADM writes names in CamelCase without spaces, so the key keeps
 * only letters and digits.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type RegencyKind = 'kabupaten' | 'kota';

export interface RegencyNameParts {
  kind: RegencyKind;
  /** Normalised name without the "Kabupaten"/"Kota" (and "Administrasi") prefix. */
  key: string;
}

const IDN_PREFIX = /^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) (.+)$/;

/** "Kota Administrasi Jakarta Pusat" → { kind: 'kota', key: 'jakartapusat' }. */
export function splitRegencyName(name: string): RegencyNameParts {
  const match = IDN_PREFIX.exec(name.trim());
  if (!match?.[1] || !match[2]) throw new Error(`regency name without Kabupaten/Kota prefix: "${name}"`);
  return { kind: match[1].startsWith('Kota') ? 'kota' : 'kabupaten', key: normaliseName(match[2]) };
}

/** GADM's TYPE_2 is "Kabupaten", "Kota", "WaterBody" or "NA" (all of Kalimantan Utara). */
export function gadmRegencyKind(type: string): RegencyKind | null {
  if (type === 'Kabupaten') return 'kabupaten';
  if (type === 'Kota') return 'kota';
  return null;
}

/**
 * GADM prefixes some cities with "Kota" ("KotaBandung") but not others ("Surabaya"). The prefix is
 * only stripped from cities: "KotaBaru" is a kabupaten whose name really starts with Kota.
 */
export function gadmRegencyKey(name: string, type: string): string {
  const bare = type === 'Kota' && /^Kota[A-Z]/.test(name) ? name.slice(4) : name;
  return normaliseName(bare);
}
