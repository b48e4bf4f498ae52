import type { DataTable, ListItem } from './webapi-response';

/** One cell placed on exactly one combination of the table's lists. */
export interface DecodedCell {
  key: string;
  vervar: ListItem;
  turvar: ListItem;
  tahun: ListItem;
  turtahun: ListItem;
  value: number;
}

/** Every `datacontent` key lands in exactly one bucket, so nothing is lost silently. */
export interface Decoded {
  cells: DecodedCell[];
  /** No combination of the lists builds this key. */
  unmatched: string[];
  /** Two or more combinations build the same key: never placed. */
  ambiguous: string[];
  nonNumeric: { key: string; raw: unknown }[];
  /** vervar × turvar × tahun × turtahun: cells the table could hold. */
  declared: number;
}

type Combination = Omit<DecodedCell, 'key' | 'value'>;

// Annual tables always list turtahun 0 "Tahun"; an answer without the list is read the same way.
const NO_SUB_PERIOD: ListItem = { val: 0, label: 'Tahun' };
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Decodes `datacontent` by building the key of every combination and looking the cells up. Keys
 * are plain concatenations of ids of varying length ("7315310990" and "73153101000" in one table),
 * so splitting or prefix-matching them is never safe.
 */
export function decodeDataContent(table: DataTable): Decoded {
  const varId = String(table.var[0]?.val ?? '');
  const turtahun = table.turtahun && table.turtahun.length > 0 ? table.turtahun : [NO_SUB_PERIOD];
  const candidates = new Map<string, Combination[]>();
  for (const vervar of table.vervar)
    for (const turvar of table.turvar)
      for (const tahun of table.tahun)
        for (const period of turtahun) {
          const key = `${vervar.val}${varId}${turvar.val}${tahun.val}${period.val}`;
          const list = candidates.get(key) ?? [];
          list.push({ vervar, turvar, tahun, turtahun: period });
          candidates.set(key, list);
        }

  const decoded: Decoded = {
    cells: [],
    unmatched: [],
    ambiguous: [],
    nonNumeric: [],
    declared: table.vervar.length * table.turvar.length * table.tahun.length * turtahun.length,
  };
  for (const [key, raw] of Object.entries(table.datacontent)) {
    const combos = candidates.get(key);
    if (!combos) decoded.unmatched.push(key);
    else if (combos.length > 1) decoded.ambiguous.push(key);
    else {
      const value = toNumber(raw);
      if (value === undefined) decoded.nonNumeric.push({ key, raw });
      else decoded.cells.push({ key, ...combos[0]!, value });
    }
  }
  return decoded;
}

/** JSON numbers, or numeric strings with "." decimals; "-", "", null and NaN are not values. */
function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && DECIMAL.test(raw.trim())) return Number(raw.trim());
  return undefined;
}
