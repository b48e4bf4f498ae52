import type { RegionLevel } from '../../../src/domain/region';
import type { KnownRegion } from '../checks';
import { field, parseCsv } from '../csv';
import { cleanLabel, nameKey } from './clean-label';
import type { ListItem } from './webapi-response';

/** A BPS code the connector may place, with every spelling its row label may have. */
export interface BpsRegion {
  code: string;
  level: Exclude<RegionLevel, 'country'>;
  names: string[];
}

export type BpsCodes = ReadonlyMap<string, BpsRegion>;

/** The two provinces whose BPS codes do not follow NN00 ↔ NN (README of data/codes). */
const SWAPPED_PROVINCES: Readonly<Record<string, string>> = { '9100': '92', '9400': '91' };
/** Created in 2022; their BPS codes are read from the WebAPI's province list, never derived. */
const NEW_PAPUA_PROVINCES: ReadonlySet<string> = new Set(['93', '94', '95', '96']);

/** Regencies from the crosswalk, provinces by the fixed rule; the new Papua provinces come from `withDomains`. */
export function bpsCodes(
  crosswalkCsv: string,
  regions: ReadonlyMap<string, KnownRegion>,
): Map<string, BpsRegion> {
  const codes = new Map<string, BpsRegion>();
  for (const [code, region] of regions) {
    if (!/^\d\d$/.test(code) || NEW_PAPUA_PROVINCES.has(code)) continue;
    const bps =
      Object.entries(SWAPPED_PROVINCES).find(([, kemendagri]) => kemendagri === code)?.[0] ?? `${code}00`;
    codes.set(bps, { code, level: 'province', names: [region.name] });
  }
  for (const row of parseCsv('data/codes/bps_kemendagri.csv', crosswalkCsv).rows) {
    const code = field(row, 'region_code');
    codes.set(field(row, 'bps_kode'), {
      code,
      level: 'regency',
      names: [field(row, 'bps_name'), field(row, 'region_name')],
    });
  }
  return codes;
}

export interface DomainItem {
  domain_id: string;
  domain_name: string;
}

/**
 * Adds the provinces of `domain?type=prov` that match a Kemendagri province by name. A domain that
 * contradicts the fixed rule, or matches no province, is reported and changes nothing.
 */
export function withDomains(
  codes: ReadonlyMap<string, BpsRegion>,
  domains: readonly DomainItem[],
  regions: ReadonlyMap<string, KnownRegion>,
): { codes: Map<string, BpsRegion>; problems: string[] } {
  const result = new Map(codes);
  const problems: string[] = [];
  const provinces = [...regions.values()].filter((r) => /^\d\d$/.test(r.code));
  for (const domain of domains) {
    if (!/^\d\d00$/.test(domain.domain_id) || domain.domain_id === '0000') continue;
    const match = provinces.find((p) => nameKey(p.name) === nameKey(domain.domain_name));
    const known = codes.get(domain.domain_id);
    if (!match) {
      problems.push(`domain ${domain.domain_id} "${domain.domain_name}" matches no Kemendagri province`);
    } else if (known && known.code !== match.code) {
      problems.push(
        `domain ${domain.domain_id} "${domain.domain_name}" is ${known.code} by the fixed rule, not ${match.code}`,
      );
    } else if (!known) {
      result.set(domain.domain_id, {
        code: match.code,
        level: 'province',
        names: [match.name, domain.domain_name],
      });
    }
  }
  return { codes: result, problems };
}

export type Placed = { ok: true; code: string; level: RegionLevel } | { ok: false; reason: string };

/**
 * Places a `vervar` row: a known BPS code whose label names the same region. The total row is coded
 * 9999 or with the domain's own code (NN00); both stand for the domain's region.
 */
export function placeVervar(item: ListItem, domain: string, codes: BpsCodes): Placed {
  const label = cleanLabel(item.label);
  const raw = String(item.val);
  const bps = raw === '9999' ? domain : raw;
  if (bps === '0000') {
    return nameKey(label) === 'indonesia'
      ? { ok: true, code: 'ID', level: 'country' }
      : { ok: false, reason: `row ${raw} "${label}" is not INDONESIA` };
  }
  const region = codes.get(bps);
  if (!region) return { ok: false, reason: `row ${raw} "${label}": no Kemendagri code for BPS ${bps}` };
  if (!region.names.some((name) => nameKey(name) === nameKey(label))) {
    return {
      ok: false,
      reason: `row ${raw} "${label}" does not name BPS ${bps} (${region.names.join(' / ')})`,
    };
  }
  return { ok: true, code: region.code, level: region.level };
}
