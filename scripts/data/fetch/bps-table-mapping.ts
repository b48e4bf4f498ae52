import type { RegionLevel } from '../../../src/domain/region';

/** One WebAPI dynamic table and how it feeds one bundled indicator. */
export interface BpsTableMapping {
  /** The fact table it writes: data/sources/bps-webapi/<id>.csv. */
  id: string;
  indicator: string;
  /** 4-character domain: "0000" national, "6100" a province. Var ids are per domain. */
  domain: string;
  var: number;
  /** The derived variable to keep; absent: the table has none ("Tidak ada", id 0). */
  turvar?: { id: number; label: string };
  /** The sub-period to keep, checked by label too, because provincial domains number them differently. */
  period: { id: number; label: string };
  /** Rows at other levels (a national table also lists regencies) are left out. */
  levels: readonly RegionLevel[];
  /** As in the compiled fact tables of the same indicator. */
  unit: string;
}

const NATIONAL = '0000';

/**
 * The tables `npm run data:fetch` reads. Var ids and titles were verified at domain 0000 (reference:
 * shared/sources/bps-webapi README §7); the sub-period of var 413, 621 and 2207 is annual, that of
 * var 543 August (Sakernas, turth 190). Each first live run should be read against its report.
 */
export const BPS_TABLES: readonly BpsTableMapping[] = [
  {
    id: 'ipm',
    indicator: 'ipm',
    domain: NATIONAL,
    var: 413,
    period: { id: 0, label: 'Tahun' },
    levels: ['country', 'province', 'regency'],
    unit: 'index (0-100)',
  },
  {
    id: 'ipm-lf2020',
    indicator: 'ipm-lf2020',
    domain: NATIONAL,
    var: 2207,
    period: { id: 0, label: 'Tahun' },
    levels: ['country', 'province'],
    unit: 'index (0-100)',
  },
  {
    id: 'poverty-rate',
    indicator: 'poverty-rate',
    domain: NATIONAL,
    var: 621,
    period: { id: 0, label: 'Tahun' },
    levels: ['country', 'province', 'regency'],
    unit: 'percent',
  },
  {
    id: 'unemployment-rate',
    indicator: 'unemployment-rate',
    domain: NATIONAL,
    var: 543,
    period: { id: 190, label: 'Agustus' },
    levels: ['country', 'province'],
    unit: 'percent',
  },
];

export const FETCHED_DIR = 'bps-webapi';

/** Path of a mapping's fact table inside data/sources. */
export const fetchedFile = (mapping: Pick<BpsTableMapping, 'id'>) => `${FETCHED_DIR}/${mapping.id}.csv`;
