import type { Province, Regency } from './area-data';
import type { GadmRegencyProps } from './gadm-data';
import { gadmRegencyKey, gadmRegencyKind, normaliseName, splitRegencyName } from './normalise-name';
import type { RegencyAlias } from './regency-aliases';

export type JoinMethod = 'name' | 'alias';

export interface RegencyJoin {
  code: string;
  gid2: string;
  method: JoinMethod;
  gadmName: string;
  /** GADM's CC_2, an older BPS code: recorded to show how often it differs from Kemendagri's. */
  gadmCode: string;
}

export interface RegencyJoinResult {
  joins: RegencyJoin[];
  /** Regencies with no GADM unit: newer than GADM (or a missing alias). */
  unjoined: Regency[];
  /** GADM units no regency claimed. */
  unusedGadm: GadmRegencyProps[];
  problems: string[];
}

export type GadmProvinceNames = ReadonlyMap<string, string>;

/** Kemendagri province code → GADM NAME_1, by normalised name unless an alias says otherwise. */
export function mapProvinces(
  provinces: readonly Province[],
  gadmProvinceNames: readonly string[],
  aliases: Readonly<Record<string, string>>,
): { byCode: Map<string, string>; problems: string[] } {
  const byKey = new Map(gadmProvinceNames.map((name) => [normaliseName(name), name]));
  const byCode = new Map<string, string>();
  const problems: string[] = [];
  for (const province of provinces) {
    const gadmName = aliases[province.code] ?? byKey.get(normaliseName(province.name));
    if (gadmName && gadmProvinceNames.includes(gadmName)) byCode.set(province.code, gadmName);
    else problems.push(`province ${province.code} ${province.name}: no GADM province`);
  }
  return { byCode, problems };
}

/** GADM code as a Kemendagri code would be written without the dot ("61.11" ↔ "6111"). */
export const codesAgree = (kemendagriCode: string, gadmCode: string) =>
  kemendagriCode.replace('.', '') === gadmCode;

/**
 * Joins idn-area-data regencies to GADM level-2 units: by alias where one is listed, otherwise by
 * normalised name and kind (kabupaten/kota) within the GADM province.
 */
export function joinRegencies(
  regencies: readonly Regency[],
  gadmRegencies: readonly GadmRegencyProps[],
  provinceToGadm: ReadonlyMap<string, string>,
  aliases: readonly RegencyAlias[],
): RegencyJoinResult {
  const aliasByCode = new Map(aliases.map((alias) => [alias.code, alias]));
  const joins: RegencyJoin[] = [];
  const unjoined: Regency[] = [];
  const problems: string[] = [];

  for (const regency of regencies) {
    const gadmProvince = provinceToGadm.get(regency.provinceCode);
    const inProvince = gadmRegencies.filter((g) => g.NAME_1 === gadmProvince);
    const alias = aliasByCode.get(regency.code);
    if (alias) {
      const found = inProvince.filter((g) => g.NAME_2 === alias.gadmName);
      const unit = found[0];
      if (found.length !== 1 || !unit) {
        problems.push(
          `alias ${regency.code} → ${alias.gadmName}: ${found.length} GADM units in ${gadmProvince}`,
        );
      } else if (unit.CC_2 !== alias.gadmCode) {
        problems.push(
          `alias ${regency.code} → ${alias.gadmName}: GADM code ${unit.CC_2}, alias says ${alias.gadmCode}`,
        );
      } else {
        joins.push({
          code: regency.code,
          gid2: unit.GID_2,
          method: 'alias',
          gadmName: unit.NAME_2,
          gadmCode: unit.CC_2,
        });
      }
      continue;
    }
    const { kind, key } = splitRegencyName(regency.name);
    const found = inProvince.filter((g) => {
      const gadmKind = gadmRegencyKind(g.TYPE_2);
      return gadmRegencyKey(g.NAME_2, g.TYPE_2) === key && (gadmKind === null || gadmKind === kind);
    });
    const unit = found[0];
    if (found.length > 1)
      problems.push(`${regency.code} ${regency.name}: ${found.length} GADM units match by name`);
    else if (unit)
      joins.push({
        code: regency.code,
        gid2: unit.GID_2,
        method: 'name',
        gadmName: unit.NAME_2,
        gadmCode: unit.CC_2,
      });
    else unjoined.push(regency);
  }

  const claimedBy = new Map<string, string>();
  for (const join of joins) {
    const earlier = claimedBy.get(join.gid2);
    if (earlier) problems.push(`GADM ${join.gadmName} claimed by both ${earlier} and ${join.code}`);
    claimedBy.set(join.gid2, join.code);
  }
  const unusedGadm = gadmRegencies.filter((g) => !claimedBy.has(g.GID_2));
  return { joins, unjoined, unusedGadm, problems };
}
