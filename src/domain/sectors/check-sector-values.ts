import type { ValidationIssue } from '../validation-issue';
import { SECTOR_CODES, TOTAL_CODE, type SectorCode } from './sector-codes';
import type { SectorValue } from './sector-value';

/** Each of the 18 published figures is rounded to 0.01 bn, so their sum may drift by up to about 0.1. */
function roundingTolerance(total: number): number {
  return 0.1 + Math.abs(total) * 1e-6;
}

/** A sector that shrinks or grows this many times in one year while its economy does not is suspect. */
const JUMP_FACTOR = 5;

export interface CheckedSectorValues {
  rows: SectorValue[];
  /** Rows dropped (a second value for the same figure). */
  issues: ValidationIssue[];
  /** Findings about rows kept as published: a sum off its total, an implausible jump. */
  warnings: ValidationIssue[];
}

interface Table {
  sectors: Map<SectorCode, number>;
  total?: { value: number; row: number };
}

const tableKey = (r: SectorValue) => `${r.region}|${r.year}|${r.quarter ?? 'Y'}|${r.basis}`;

/**
 * Cross-row checks: a duplicate figure is dropped; a sector sum that misses the published total by more
 * than rounding, and a one-year jump no economy makes, are reported but kept as published.
 * `positions` maps each row to its row number in the payload.
 */
export function checkSectorValues(
  rows: readonly SectorValue[],
  positions?: readonly number[],
): CheckedSectorValues {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const kept: SectorValue[] = [];
  const seen = new Set<string>();
  const rowOf = (i: number) => positions?.[i] ?? i;
  const tables = new Map<string, Table>();

  rows.forEach((r, i) => {
    const key = `${tableKey(r)}|${r.sector}`;
    if (seen.has(key)) {
      issues.push({
        row: rowOf(i),
        field: 'sector',
        reason: `second value for ${r.region} ${periodLabel(r)} ${r.basis.toUpperCase()} sector ${r.sector}; the first is kept`,
      });
      return;
    }
    seen.add(key);
    kept.push(r);
    const table: Table = tables.get(tableKey(r)) ?? { sectors: new Map() };
    tables.set(tableKey(r), table);
    if (r.sector === TOTAL_CODE) table.total = { value: r.value, row: rowOf(i) };
    else table.sectors.set(r.sector, r.value);
  });

  for (const [key, table] of tables) {
    if (!table.total || table.sectors.size !== SECTOR_CODES.length) continue;
    const sum = [...table.sectors.values()].reduce((a, b) => a + b, 0);
    const gap = sum - table.total.value;
    if (Math.abs(gap) > roundingTolerance(table.total.value)) {
      const [region, year, quarter, basis] = key.split('|');
      warnings.push({
        row: table.total.row,
        field: 'value',
        reason: `the 17 sectors of ${region} ${quarter === 'Y' ? year : `${year} Q${quarter}`} ${basis!.toUpperCase()} sum to ${sum.toFixed(2)}, ${Math.abs(gap).toFixed(2)} ${gap > 0 ? 'above' : 'below'} the published total ${table.total.value.toFixed(2)}`,
      });
    }
  }

  const byRegionYear = new Map<string, number>();
  kept.forEach((r, i) => {
    if (r.quarter === undefined) byRegionYear.set(`${r.region}|${r.year}|${r.basis}|${r.sector}`, i);
  });
  const totals = new Map<string, number>();
  for (const [key, table] of tables) {
    totals.set(key, table.total?.value ?? [...table.sectors.values()].reduce((a, b) => a + b, 0));
  }
  kept.forEach((r) => {
    if (r.quarter !== undefined || r.sector === TOTAL_CODE || r.basis !== 'adhk') return;
    const previous = byRegionYear.get(`${r.region}|${r.year - 1}|${r.basis}|${r.sector}`);
    if (previous === undefined) return;
    const before = kept[previous]!.value;
    if (before <= 0 || r.value <= 0) return;
    const factor = r.value / before;
    const totalBefore = totals.get(`${r.region}|${r.year - 1}|Y|${r.basis}`);
    const totalNow = totals.get(`${r.region}|${r.year}|Y|${r.basis}`);
    const economyFactor = totalBefore && totalNow ? totalNow / totalBefore : 1;
    if (
      (factor > JUMP_FACTOR || factor < 1 / JUMP_FACTOR) &&
      economyFactor < 1.5 &&
      economyFactor > 1 / 1.5
    ) {
      warnings.push({
        row: rowOf(rows.indexOf(r)),
        field: 'value',
        reason: `sector ${r.sector} of ${r.region} is ${r.value} in ${r.year} against ${before} in ${r.year - 1} (×${factor.toFixed(2)}) at constant prices; kept as published, check the source`,
      });
    }
  });

  return { rows: kept, issues, warnings };
}

function periodLabel(r: SectorValue): string {
  return r.quarter === undefined ? String(r.year) : `${r.year} Q${r.quarter}`;
}
