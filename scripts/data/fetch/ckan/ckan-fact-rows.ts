import type { Indicator } from '../../../../src/domain/indicator';
import type { Region } from '../../../../src/domain/region';
import { checkRange } from '../../checks';
import { compareRegionCodes } from '../../region-list';
import type { BpsCodes } from '../bps-region-codes';
import type { FactRow } from '../fact-row';
import type { CkanRecord } from './ckan-datastore';
import type { CkanTableMapping } from './ckan-mapping';

export interface CkanContext {
  indicator: Pick<Indicator, 'id' | 'range'>;
  codes: BpsCodes;
  regions: ReadonlyMap<string, Region>;
  accessed: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** "61.01", "6101" or 6101 → "61.01"; "61" → "61". */
function kemendagriCode(raw: string): string | undefined {
  if (/^\d\d(\.\d\d)?$/.test(raw)) return raw;
  if (/^\d{4}$/.test(raw)) return `${raw.slice(0, 2)}.${raw.slice(2)}`;
  return undefined;
}

/** Records → fact rows: region by its code, a four-digit year, a plain number in range, one per region-year. */
export function ckanFactRows(
  records: readonly CkanRecord[],
  mapping: CkanTableMapping,
  context: CkanContext,
) {
  const rows: FactRow[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const at = `record ${index + 1}`;
    const text = (column: string) => String(record[column] ?? '').trim();
    const rawRegion = text(mapping.columns.region);
    const code =
      mapping.regionCodes === 'bps' ? context.codes.get(rawRegion)?.code : kemendagriCode(rawRegion);
    const region = code === undefined ? undefined : context.regions.get(code);
    if (!region) return void problems.push(`${at}: unknown region "${rawRegion}"`);
    const year = text(mapping.columns.year);
    if (!/^\d{4}$/.test(year)) return void problems.push(`${at}: year "${year}" is not a four-digit year`);
    const value = text(mapping.columns.value);
    if (!DECIMAL.test(value)) return void problems.push(`${at}: value "${value}" is not a number`);
    const outOfRange = checkRange(context.indicator, region.code, Number(year), Number(value));
    if (outOfRange) return void problems.push(`${at}: ${outOfRange}`);
    const key = `${region.code}|${year}`;
    if (seen.has(key)) return void problems.push(`${at}: a second value for ${region.code} in ${year}`);
    seen.add(key);
    rows.push({
      region_code: region.code,
      region_name: region.name,
      level: region.level,
      year,
      value: String(Number(value)),
      unit: mapping.unit,
      source_url: mapping.pageUrl,
      series: mapping.title,
      original_source: `${mapping.publisher}, CKAN datastore_search, resource ${mapping.resourceId}`,
      note: '',
      accessed: context.accessed,
    });
  });
  rows.sort((a, b) => compareRegionCodes(a.region_code, b.region_code) || Number(a.year) - Number(b.year));
  return { rows, problems };
}
