import type { District } from './area-data';
import { isWaterKecamatan, kecamatanPath, type GadmKecamatanProps } from './gadm-data';
import type { KecamatanAlias } from './kecamatan-aliases';
import type { NewRegency } from './new-regencies';
import { normaliseName } from './normalise-name';

export type AssignMethod = 'parent' | 'district-name' | 'alias' | 'water';

export interface KecamatanAssignment {
  /** Kemendagri regency code, or null for water. */
  code: string | null;
  method: AssignMethod;
}

export interface AssignmentResult {
  assignments: KecamatanAssignment[];
  problems: string[];
}

/** GADM level-2 units whose kecamatan are all water (Lake Toba, Danau Limboto, Waduk Cirata, …). */
export function waterRegencyIds(kecamatan: readonly GadmKecamatanProps[]): Set<string> {
  const hasLand = new Map<string, boolean>();
  for (const k of kecamatan) hasLand.set(k.GID_2, (hasLand.get(k.GID_2) ?? false) || !isWaterKecamatan(k));
  return new Set([...hasLand].filter(([, land]) => !land).map(([gid2]) => gid2));
}

/**
 * Gives every GADM kecamatan a Kemendagri regency. By default it stays with the regency its GADM
 * parent joined; a kecamatan of a split regency whose name is a district of one of the new regencies
 * moves there; the alias table overrides both. Water gets no regency.
 */
export function assignKecamatan(
  kecamatan: readonly GadmKecamatanProps[],
  regencyByGid2: ReadonlyMap<string, string>,
  districts: readonly District[],
  newRegencies: readonly NewRegency[],
  aliases: readonly KecamatanAlias[],
): AssignmentResult {
  const problems: string[] = [];
  const regencyOfDistrict = new Map(districts.map((d) => [d.code, d.regencyCode]));
  const districtKeys = new Map<string, Set<string>>();
  for (const d of districts) {
    const keys = districtKeys.get(d.regencyCode) ?? new Set<string>();
    keys.add(normaliseName(d.name));
    districtKeys.set(d.regencyCode, keys);
  }
  // An alias points at a district, or at a regency (for land GADM puts in no kecamatan).
  const regencyOf = (code: string) =>
    code.split('.').length === 2 ? (districtKeys.has(code) ? code : undefined) : regencyOfDistrict.get(code);
  const successors = new Map<string, string[]>();
  for (const n of newRegencies) successors.set(n.parent, [...(successors.get(n.parent) ?? []), n.code]);

  const aliasByPath = new Map(aliases.map((a) => [a.gadm, a]));
  const usedAliases = new Set<string>();
  for (const alias of aliases) {
    if (!regencyOf(alias.to))
      problems.push(`kecamatan alias ${alias.gadm}: no district or regency ${alias.to}`);
  }

  const assignments = kecamatan.map((k): KecamatanAssignment => {
    if (isWaterKecamatan(k)) return { code: null, method: 'water' };
    const path = kecamatanPath(k);
    const alias = aliasByPath.get(path);
    const aliasRegency = alias && regencyOf(alias.to);
    if (aliasRegency) {
      usedAliases.add(path);
      return { code: aliasRegency, method: 'alias' };
    }
    const parent = regencyByGid2.get(k.GID_2);
    if (!parent) {
      problems.push(`kecamatan ${path}: its GADM regency joined no Kemendagri regency`);
      return { code: null, method: 'parent' };
    }
    const key = normaliseName(k.NAME_3);
    const movedTo = (successors.get(parent) ?? []).filter((code) => districtKeys.get(code)?.has(key));
    const target = movedTo[0];
    if (movedTo.length > 1)
      problems.push(`kecamatan ${path}: name matches districts of ${movedTo.join(' and ')}`);
    if (target && districtKeys.get(parent)?.has(key)) {
      problems.push(`kecamatan ${path}: name is a district of both ${parent} and ${target}`);
    }
    return target ? { code: target, method: 'district-name' } : { code: parent, method: 'parent' };
  });

  for (const alias of aliases) {
    if (!usedAliases.has(alias.gadm)) problems.push(`kecamatan alias ${alias.gadm}: no such GADM kecamatan`);
  }
  return { assignments, problems };
}
