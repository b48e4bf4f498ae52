import type { Indicator } from '../../../src/domain/indicator';
import { checkRange, type KnownRegion } from '../checks';
import { compareRegionCodes } from '../region-list';
import { placeVervar, type BpsCodes } from './bps-region-codes';
import type { BpsTableMapping } from './bps-table-mapping';
import { cleanLabel, isProvisionalLabel, nameKey, yearFromLabel } from './clean-label';
import type { Decoded, DecodedCell } from './decode-datacontent';
import type { FactRow } from './fact-row';
import { sameId, type DataTable } from './webapi-response';

export interface TableContext {
  mapping: BpsTableMapping;
  indicator: Pick<Indicator, 'id' | 'range'>;
  codes: BpsCodes;
  regions: ReadonlyMap<string, KnownRegion>;
  /** Public bps.go.id page of the table. */
  url: string;
  /** YYYY-MM-DD */
  accessed: string;
}

export interface FactRows {
  rows: FactRow[];
  /** Every cell or row left out, and why; the rows that remain are valid. */
  problems: string[];
}

export const PROVISIONAL_NOTE = 'angka sementara (BPS)';

/**
 * Turns a decoded table into fact rows: the configured derived variable and sub-period only, regions
 * placed by code and name, values checked against the indicator's range, one value per region-year.
 */
export function toFactRows(table: DataTable, decoded: Decoded, context: TableContext): FactRows {
  const { mapping } = context;
  const problems: string[] = [];
  const variable = table.var[0];
  if (!variable || !sameId(variable.val, mapping.var)) {
    return { rows: [], problems: [`the answer is for var ${variable?.val}, not var ${mapping.var}`] };
  }
  if (decoded.unmatched.length > 0)
    problems.push(
      `${decoded.unmatched.length} cell(s) match no row: ${decoded.unmatched.slice(0, 5).join(', ')}`,
    );
  if (decoded.ambiguous.length > 0)
    problems.push(
      `${decoded.ambiguous.length} cell(s) with an ambiguous key, not placed: ${decoded.ambiguous.slice(0, 5).join(', ')}`,
    );
  if (decoded.nonNumeric.length > 0) problems.push(`${decoded.nonNumeric.length} cell(s) are not numbers`);

  const wanted = decoded.cells.filter(
    (cell) => isWantedTurvar(cell, mapping) && sameId(cell.turtahun.val, mapping.period.id),
  );
  if (wanted.length === 0) {
    const turvar = mapping.turvar ? `turvar ${mapping.turvar.id} "${mapping.turvar.label}"` : 'turvar 0';
    return {
      rows: [],
      problems: [
        ...problems,
        `no cell for ${turvar} and period ${mapping.period.id} "${mapping.period.label}"`,
      ],
    };
  }
  const wrongLabel = wanted.find((cell) => nameKey(cell.turtahun.label) !== nameKey(mapping.period.label));
  if (wrongLabel) {
    return {
      rows: [],
      problems: [
        ...problems,
        `period ${mapping.period.id} is "${cleanLabel(wrongLabel.turtahun.label)}", expected "${mapping.period.label}"`,
      ],
    };
  }

  const rows: FactRow[] = [];
  const seen = new Set<string>();
  const refusedRows = new Set<string>();
  const title = cleanLabel(variable.label);
  const origin = `BPS WebAPI (webapi.bps.go.id), var ${mapping.var}, domain ${mapping.domain}${table.last_update ? `, last update ${table.last_update}` : ''}`;
  for (const cell of wanted) {
    const placed = placeVervar(cell.vervar, mapping.domain, context.codes);
    if (!placed.ok) {
      if (!refusedRows.has(String(cell.vervar.val))) problems.push(placed.reason);
      refusedRows.add(String(cell.vervar.val));
      continue;
    }
    if (!mapping.levels.includes(placed.level)) continue;
    const year = yearFromLabel(cell.tahun.label);
    if (year === undefined) {
      problems.push(`year label "${cleanLabel(cell.tahun.label)}" holds no year`);
      continue;
    }
    const outOfRange = checkRange(context.indicator, placed.code, year, cell.value);
    if (outOfRange) {
      problems.push(outOfRange);
      continue;
    }
    const key = `${placed.code}|${year}`;
    if (seen.has(key)) {
      problems.push(`a second value for ${placed.code} in ${year} (row ${cell.vervar.val}) was left out`);
      continue;
    }
    seen.add(key);
    rows.push({
      region_code: placed.code,
      region_name: context.regions.get(placed.code)?.name ?? '',
      level: placed.level,
      year: String(year),
      value: String(cell.value),
      unit: mapping.unit,
      source_url: context.url,
      series: title,
      original_source: origin,
      note: isProvisional(cell) ? PROVISIONAL_NOTE : '',
      accessed: context.accessed,
    });
  }
  rows.sort((a, b) => compareRegionCodes(a.region_code, b.region_code) || Number(a.year) - Number(b.year));
  return { rows, problems };
}

function isWantedTurvar(cell: DecodedCell, mapping: BpsTableMapping): boolean {
  if (mapping.turvar)
    return (
      sameId(cell.turvar.val, mapping.turvar.id) &&
      nameKey(cell.turvar.label) === nameKey(mapping.turvar.label)
    );
  return sameId(cell.turvar.val, 0);
}

// BPS has no per-cell flag: a marker in a year, period or row label covers the cells under it.
function isProvisional(cell: DecodedCell): boolean {
  return [cell.tahun.label, cell.turtahun.label, cell.vervar.label].some(isProvisionalLabel);
}
