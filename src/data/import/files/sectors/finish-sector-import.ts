import type { Source } from '../../../../domain/provenance';
import type { RegionCode } from '../../../../domain/region';
import { SECTOR_CODES, TOTAL_CODE } from '../../../../domain/sectors/sector-codes';
import type { ImportIssue } from '../../import-issue';
import { importedSource } from '../../imported-source';
import type { RegionMatcher } from '../../parse/match-region';
import { byLine, duplicateIssue, resolveRegion, type RegionChoices } from '../draft-rows';
import type { SectorDraft } from './read-sectors';
import type { ImportPriceBasis, ImportSectorCode } from './sector-cells';

/** One PDRB figure kept in the browser (miliar rupiah). */
export interface ImportedSectorValue {
  region: RegionCode;
  year: number;
  quarter?: number;
  basis: ImportPriceBasis;
  sector: ImportSectorCode;
  value: number;
  source: Source;
}

export interface SectorResult {
  values: ImportedSectorValue[];
  issues: ImportIssue[];
  validRows: number;
}

/** BPS rounds each sector to two decimals, so 17 of them may miss the total by a few hundredths. */
const sumTolerance = (total: number) => Math.max(0.5, total * 0.001);

/**
 * Regions resolved, one value per region-period-basis-sector, and the 17 sectors checked against a
 * stated total: a table whose sectors do not add up to it is left out whole, since either side may be
 * the wrong one.
 */
export function finishSectorImport(
  draft: SectorDraft,
  options: { choices: RegionChoices; matcher: RegionMatcher; fileName: string },
): SectorResult {
  const { choices, matcher, fileName } = options;
  const source = importedSource(fileName, draft.source.name, draft.source.url);
  const issues = [...draft.issues];
  const seen = new Map<string, number>();
  const tables = new Map<string, { line: number; value: ImportedSectorValue }[]>();
  for (const row of draft.rows) {
    const resolved = resolveRegion(row, matcher, choices);
    if ('issue' in resolved) {
      issues.push(resolved.issue);
      continue;
    }
    const { year, quarter, basis, sector, value } = row.data;
    const tableKey = `${resolved.code}|${year}|${quarter ?? 'Y'}|${basis}`;
    const key = `${tableKey}|${sector}`;
    const duplicate = duplicateIssue(seen, key, row, `${resolved.code} ${year} ${sector}`);
    if (duplicate) {
      issues.push(duplicate);
      continue;
    }
    seen.set(key, row.line);
    const entry = {
      line: row.line,
      value: {
        region: resolved.code,
        year,
        ...(quarter !== null ? { quarter } : {}),
        basis,
        sector,
        value,
        source,
      },
    };
    tables.set(tableKey, [...(tables.get(tableKey) ?? []), entry]);
  }

  const values: ImportedSectorValue[] = [];
  for (const entries of tables.values()) {
    const total = entries.find((e) => e.value.sector === TOTAL_CODE);
    const sectors = entries.filter((e) => e.value.sector !== TOTAL_CODE);
    const sum = sectors.reduce((s, e) => s + e.value.value, 0);
    const complete = sectors.length === SECTOR_CODES.length;
    const misses =
      total !== undefined &&
      (complete
        ? Math.abs(sum - total.value.value) > sumTolerance(total.value.value)
        : sum > total.value.value + sumTolerance(total.value.value));
    if (misses) {
      issues.push({
        row: total.line,
        column: draft.rows.find((r) => r.line === total.line)?.data.column ?? '',
        reason: 'sector-sum',
        value: String(total.value.value),
        detail: { sum: Math.round(sum * 100) / 100, total: total.value.value },
      });
      continue;
    }
    values.push(...entries.map((e) => e.value));
  }
  return { values, issues: issues.sort(byLine), validRows: values.length };
}
