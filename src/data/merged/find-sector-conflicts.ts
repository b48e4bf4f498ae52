import type { SectorValue } from '../../domain/sectors/sector-value';
import { sectorTableKey } from './sector-table-key';

/** A PDRB table (region, period, basis) both imported and bundled, with their totals side by side. */
export interface SectorConflict {
  key: string;
  region: SectorValue['region'];
  year: number;
  quarter?: number;
  basis: SectorValue['basis'];
  imported: number;
  bundled: number;
  useBundled: boolean;
}

function tableTotals(
  rows: readonly Pick<SectorValue, 'region' | 'year' | 'quarter' | 'basis' | 'sector' | 'value'>[],
) {
  const totals = new Map<string, { published?: number; sum: number; row: (typeof rows)[number] }>();
  for (const row of rows) {
    const key = sectorTableKey(row);
    const entry = totals.get(key) ?? { sum: 0, row };
    if (row.sector === 'TOTAL') entry.published = row.value;
    else entry.sum += row.value;
    totals.set(key, entry);
  }
  return new Map([...totals].map(([key, t]) => [key, { total: t.published ?? t.sum, row: t.row }]));
}

/** Tables an import holds that the bundled data publish too with another total (or other sectors). */
export function findSectorConflicts(
  imported: readonly SectorValue[],
  bundled: readonly SectorValue[],
  preferBundled: readonly string[],
): SectorConflict[] {
  const theirs = tableTotals(bundled);
  const chosen = new Set(preferBundled);
  const bundledValues = new Map(bundled.map((r) => [`${sectorTableKey(r)}|${r.sector}`, r.value]));
  return [...tableTotals(imported)].flatMap(([table, mine]) => {
    const other = theirs.get(table);
    if (!other) return [];
    const same = imported
      .filter((r) => sectorTableKey(r) === table)
      .every((r) => bundledValues.get(`${table}|${r.sector}`) === r.value);
    if (same) return [];
    const key = `sectors|${table}`;
    const { region, year, quarter, basis } = mine.row;
    return [
      {
        key,
        region,
        year,
        ...(quarter !== undefined ? { quarter } : {}),
        basis,
        imported: mine.total,
        bundled: other.total,
        useBundled: chosen.has(key),
      },
    ];
  });
}
