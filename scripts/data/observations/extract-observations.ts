import type { Observation } from '../../../src/domain/observation';
import type { ObservationFlag } from '../../../src/domain/provenance';
import type { RegionCode } from '../../../src/domain/region';
import { field, type CsvTable } from '../csv';
import {
  checkKnownRegion,
  checkRange,
  checkRegionName,
  parseDecimal,
  parseYear,
  type BuildIssue,
  type KnownRegion,
  type Origin,
} from '../checks';
import { INDICATORS } from '../indicator-catalog';
import { gradeFromUrl, sourceFromUrl } from '../source-names';
import { joinNotes, type TableSpec } from '../table-specs/table-spec';
import { isOldPapuaBoundary, OLD_BOUNDARY_NOTE } from './old-papua-boundary';

/** An observation on its way to the bundle, still knowing which line it came from. */
export interface Draft extends Observation {
  indicator: string;
  origin: Origin;
}

export interface Skipped {
  indicator: string;
  reason: string;
  origin: Origin;
}

export interface Extracted {
  drafts: Draft[];
  issues: BuildIssue[];
  skipped: Skipped[];
}

const INDICATOR_BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

/** Reads one indicator from its table, checking each row; a bad row becomes an issue, never a value. */
export function extractObservations(
  spec: TableSpec,
  table: CsvTable,
  regions: ReadonlyMap<string, KnownRegion>,
): Extracted {
  const indicator = INDICATOR_BY_ID.get(spec.indicator);
  if (!indicator) throw new Error(`no indicator "${spec.indicator}" in the catalog`);
  const result: Extracted = { drafts: [], issues: [], skipped: [] };

  for (const row of table.rows) {
    if (spec.select && !spec.select(row)) continue;
    const origin: Origin = { file: table.file, line: row.line };
    const fail = (message: string) => result.issues.push({ ...origin, message });
    const region = field(row, 'region_code');

    const regionProblem =
      checkKnownRegion(region, regions) ?? checkRegionName(region, field(row, 'region_name'), regions);
    if (regionProblem) {
      fail(regionProblem);
      continue;
    }
    const skipReason = spec.skip?.(row);
    if (skipReason) {
      result.skipped.push({ indicator: spec.indicator, reason: skipReason, origin });
      continue;
    }
    const year = parseYear(field(row, spec.yearColumn), spec.yearColumn);
    if (!year.ok) {
      fail(year.reason);
      continue;
    }
    const category = spec.category?.(row);
    if (category !== undefined && !indicator.categories?.some((c) => c.id === category)) {
      fail(`category "${category}" is not one of ${spec.indicator}'s categories`);
      continue;
    }
    const raw = field(row, spec.valueColumn);
    let value: number | null = null;
    if (raw.trim() === '') {
      if (spec.blank === 'error' || (spec.blank === 'category' && category === undefined)) {
        fail(
          `${spec.valueColumn} is blank; a ${spec.indicator} row needs a value${spec.blank === 'category' ? ' or a published category' : ''}`,
        );
        continue;
      }
    } else {
      const parsed = parseDecimal(raw, spec.valueColumn);
      if (!parsed.ok) {
        fail(parsed.reason);
        continue;
      }
      value = parsed.value;
    }
    const outOfRange = checkRange(indicator, region, year.value, value);
    if (outOfRange) {
      fail(outOfRange);
      continue;
    }

    const oldBoundary = isOldPapuaBoundary(spec.indicator, region, year.value);
    const baseNote = spec.note?.(row);
    const note =
      oldBoundary && !baseNote?.includes('pre-2022 boundary')
        ? joinNotes(baseNote, OLD_BOUNDARY_NOTE)
        : baseNote;
    const flags: ObservationFlag[] = [
      ...(oldBoundary ? (['old-boundary'] as const) : []),
      ...(spec.flags?.(row) ?? []),
    ];
    const { grade, ...source } = spec.source?.(row) ?? {
      ...sourceFromUrl(field(row, 'source_url')),
      grade: gradeFromUrl(field(row, 'source_url')),
    };
    result.drafts.push({
      indicator: spec.indicator,
      origin,
      region: region as RegionCode,
      year: year.value,
      value,
      ...(category !== undefined ? { category } : {}),
      // The indicator's source states the table's grade; a row says its own only where it differs.
      source: grade === indicator.source.grade ? source : { ...source, grade },
      ...(note ? { note } : {}),
      ...(flags.length > 0 ? { flags } : {}),
    });
  }
  return result;
}

/** Rows of a table that no spec claims: a new series or a typo in `series` would otherwise vanish. */
export function unclaimedRows(table: CsvTable, specs: readonly TableSpec[]): BuildIssue[] {
  return table.rows
    .filter((row) => !specs.some((spec) => !spec.select || spec.select(row)))
    .map((row) => ({
      file: table.file,
      line: row.line,
      message: `row belongs to no indicator (series "${row.values.series ?? ''}")`,
    }));
}
