import { field, parseCsv } from '../csv';

export const CROSSWALK_FILE = 'codes/bps_kemendagri.csv';

/** BPS ↔ Kemendagri codes of the 514 kabupaten/kota: BPS tables number regencies their own way. */
export interface RegionCrosswalk {
  /**
   * The Kemendagri code of a row's region: a BPS code ("1101") is mapped, a Kemendagri code ("11.09") is
   * kept. null when the code is in neither list, or when a Kemendagri code's name says another regency.
   */
  toKemendagri(code: string, name: string): string | null;
  size: number;
}

/** "Kabupaten Aceh Singkil", "Kab. Aceh Singkil", "Aceh Singkil" all read as "aceh singkil". */
const bare = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(kabupaten|kab\.|kota)\s+/, '')
    .replace(/[^a-z]/g, '');

export function readCrosswalk(text: string): RegionCrosswalk {
  const table = parseCsv(`data/sources/${CROSSWALK_FILE}`, text);
  const byBps = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const row of table.rows) {
    const code = field(row, 'region_code');
    byBps.set(field(row, 'bps_kode'), code);
    nameOf.set(code, bare(field(row, 'region_name')));
  }
  return {
    size: nameOf.size,
    toKemendagri(code, name) {
      if (/^\d{4}$/.test(code)) return byBps.get(code) ?? null;
      const known = nameOf.get(code);
      if (known === undefined) return null;
      return known === bare(name) ? code : null;
    },
  };
}
