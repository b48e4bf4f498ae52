import type { Observation } from '../../src/domain/observation';
import type { ObservationFlag } from '../../src/domain/provenance';
import type { RegionCode } from '../../src/domain/region';
import { field, type CsvRow, type CsvTable } from './csv';
import {
  checkKnownRegion,
  checkRange,
  checkRegionName,
  parseDecimal,
  parseYear,
  type BuildIssue,
  type KnownRegion,
  type Origin,
} from './checks';
import { INDICATORS } from './indicator-catalog';
import { gradeFromUrl, sourceFromUrl } from './source-names';

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

/** How one indicator is read from one source table. */
export interface TableSpec {
  indicator: string;
  file: string;
  /** The rows of the file that belong to this indicator, when a file feeds more than one. */
  select?: (row: CsvRow) => boolean;
  yearColumn: string;
  valueColumn: string;
  /** A reason to leave a usable-looking row out; reported in the build summary. */
  skip?: (row: CsvRow) => string | undefined;
  /**
   * Blank value: a known gap published as null with a note, an error, or (`category`) allowed only
   * where the row carries a published category, so a zone is never turned into a number.
   */
  blank: 'null' | 'error' | 'category';
  /** The id of one of the indicator's categories that the source published for this row. */
  category?: (row: CsvRow) => string | undefined;
  note?: (row: CsvRow) => string | undefined;
  flags?: (row: CsvRow) => ObservationFlag[];
}

const PAPUA_SPLIT_PROVINCES = new Set(['91', '92']);

/**
 * Last year in which each source still reports Papua (91) and Papua Barat (92) on their boundaries
 * before the 2022 split: BPS lists the new provinces only once it has values for them (IPM var 413
 * from 2022, poverty from March 2024, the LF SP2020 IPM from the 2024 release), and governance
 * assessments up to 2022 were made on the old provinces.
 */
const OLD_BOUNDARY_UNTIL: Readonly<Record<string, number>> = {
  ipm: 2021,
  'ipm-lf2020': 2023,
  'poverty-rate': 2023,
  'unemployment-rate': 2023,
  'spbe-index': 2022,
  'ombudsman-score': 2022,
  ipp: 2022,
  eppd: 2022,
};

export function isOldPapuaBoundary(indicator: string, region: string, year: number): boolean {
  const until = OLD_BOUNDARY_UNTIL[indicator];
  return until !== undefined && PAPUA_SPLIT_PROVINCES.has(region) && year <= until;
}

const OLD_BOUNDARY_NOTE = 'pre-2022 boundary: Papua/Papua Barat before the 2022 split';

export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return kept.length > 0 ? kept.join('; ') : undefined;
}

const csvNote = (row: CsvRow) => field(row, 'note') || undefined;

function inferredYear(row: CsvRow): ObservationFlag[] {
  return /year inferred/i.test(field(row, 'note')) ? ['inferred-year'] : [];
}

/**
 * Ombudsman notes that describe the article or the compilation rather than the value in the row
 * (other regions, print layout, extra links); shown beside one region's score they would mislead.
 */
const OMBUDSMAN_LIST_NOTES: readonly RegExp[] = [
  /^scores add to zone/i,
  /^adds score to zone-only/i,
  /^\d+ other Jatim pemda/i,
  /^Tulang Bawang Barat not in the published list/i,
  /^only these 10 Kalbar pemda/i,
  /^source lists Kota Bima 2nd/i,
  /^source prints scores with % sign/i,
  /^corroborated\/extra fields:/i,
  /^category from all-region statement/i,
];

export function ombudsmanNote(row: CsvRow): string | undefined {
  const note = field(row, 'note');
  if (OMBUDSMAN_LIST_NOTES.some((pattern) => pattern.test(note))) return undefined;
  // The same Padang Pariaman remark was copied onto every Sumatera Barat 2022 row.
  if (/^sakato\.co\.id\b.*\bPadang Pariaman\b/i.test(note) && field(row, 'region_code') !== '13.05') {
    return undefined;
  }
  return note || undefined;
}

/** The zone as published; a zone the compiler derived from the score is left to the score's bands. */
function ombudsmanZone(row: CsvRow): string | undefined {
  const zone = field(row, 'zone').trim();
  if (zone === '') return undefined;
  return field(row, 'zone_basis') === 'derived_from_score' ? undefined : zone;
}

/**
 * A zone-only row's note: the category the source printed beside the zone, and the statement a zone
 * was expanded from; "zone only" itself is said by the missing value.
 */
function ombudsmanZoneNote(row: CsvRow): string | undefined {
  const category = field(row, 'category_opinion').trim();
  const note = ombudsmanNote(row)
    ?.replace(/^zone only(;\s*|\s*$)/i, '')
    .replace(/^category only;\s*\d+ other .*$/i, '');
  return joinNotes(category && `published category: ${category}`, note);
}

/**
 * Every regency row repeats who compiled the table (said by its grade and source); only what follows
 * is about the value. "see tpt_checks.csv" points at a file that was not delivered.
 */
const TPT_REGENCY_BOILERPLATE =
  /^TPT Agustus \(Sakernas\); secondary compilation of BPS provincial tables \(skripsi dataset\); spot-checked against BPS releases, see README;?\s*/;

function tptRegencyNote(row: CsvRow): string | undefined {
  const note = field(row, 'note')
    .replace(TPT_REGENCY_BOILERPLATE, '')
    .replace(/\s*-\s*see tpt_checks\.csv$/, '');
  return note || undefined;
}

const IPM_VAR_413 = (row: CsvRow) => field(row, 'series').includes('var 413');
const IPM_LONG_FORM = (row: CsvRow) => field(row, 'series').includes('Long Form SP2020');

/** Everything bundled from a table, one entry per indicator (density is computed separately). */
export const TABLE_SPECS: readonly TableSpec[] = [
  {
    indicator: 'ipm',
    file: 'ipm.csv',
    select: IPM_VAR_413,
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: csvNote,
  },
  {
    indicator: 'ipm-lf2020',
    file: 'ipm.csv',
    select: IPM_LONG_FORM,
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    // Says which part of a list could be read, not anything about the value.
    note: (row) => (/^databoks list/.test(field(row, 'note')) ? undefined : csvNote(row)),
  },
  {
    indicator: 'poverty-rate',
    file: 'poverty.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: csvNote,
  },
  // The population and area notes repeat one sentence on every row; it lives in the description.
  {
    indicator: 'population',
    file: 'population.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
  },
  {
    indicator: 'area',
    file: 'area.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: (row) => areaSuspicion(row),
  },
  {
    indicator: 'spbe-index',
    file: 'spbe.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: (row) =>
      csvNote(row) ??
      (Number(field(row, 'year')) < 2021
        ? 'evaluated with the earlier method (PermenPANRB 5/2018); not directly comparable with 2021 onwards'
        : undefined),
    flags: (row) => [
      ...(field(row, 'predicate_basis') === 'derived_from_official_threshold'
        ? (['derived-class'] as const)
        : []),
      ...inferredYear(row),
    ],
  },
  // Province and national rates are BPS's own releases: regencies are never summed into them.
  {
    indicator: 'unemployment-rate',
    file: 'tpt.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
  },
  {
    indicator: 'unemployment-rate',
    file: 'tpt_regency.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: tptRegencyNote,
  },
  {
    indicator: 'ombudsman-score',
    file: 'ombudsman.csv',
    yearColumn: 'year',
    valueColumn: 'score',
    skip: (row) =>
      field(row, 'score') === '' && field(row, 'zone') === ''
        ? 'category opinion only, no score and no zone'
        : undefined,
    blank: 'category',
    category: ombudsmanZone,
    note: (row) => (field(row, 'score') === '' ? ombudsmanZoneNote(row) : ombudsmanNote(row)),
    flags: inferredYear,
  },
  {
    indicator: 'ipp',
    file: 'ipp.csv',
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: (row) => joinNotes(field(row, 'rank') && `rank ${field(row, 'rank')} among provinces`),
  },
  {
    indicator: 'eppd',
    file: 'eppd.csv',
    yearColumn: 'eval_year',
    valueColumn: 'score',
    blank: 'null',
    note: (row) =>
      joinNotes(
        field(row, 'status') && `status: ${field(row, 'status')}`,
        field(row, 'rank') && `rank ${field(row, 'rank')}`,
        `LPPD ${field(row, 'lppd_year')}`,
        field(row, 'note'),
      ),
  },
  {
    indicator: 'smart-city-cohort',
    file: 'smart_city_participants.csv',
    yearColumn: 'year_joined',
    valueColumn: 'year_joined',
    skip: (row) => (field(row, 'year_joined') === '' ? 'cohort year not stated' : undefined),
    blank: 'error',
    note: csvNote,
  },
];

function areaSuspicion(row: CsvRow): string | undefined {
  return /suspect/i.test(field(row, 'note'))
    ? 'the source gives the same area for Padang Lawas Utara and Padang Lawas (suspect)'
    : undefined;
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
    const source = sourceFromUrl(field(row, 'source_url'));
    const grade = gradeFromUrl(field(row, 'source_url'));
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

export function densityNote(populationYear: number, areaYear: number): string {
  return `population ${populationYear} (Kemendagri) ÷ area ${areaYear} (BIG)`;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Density for every region that has both a population and an area. The year is the population's
 * (the newer input); the note names both years. No area, no density: nothing is filled in.
 */
export function densityObservations(population: readonly Draft[], area: readonly Draft[]): Draft[] {
  const areaByRegion = new Map(area.map((a) => [a.region, a]));
  const drafts: Draft[] = [];
  for (const people of population) {
    const land = areaByRegion.get(people.region);
    if (!land || people.value === null || land.value === null || land.value <= 0) continue;
    drafts.push({
      indicator: 'population-density',
      origin: people.origin,
      region: people.region,
      year: people.year,
      value: roundTo(people.value / land.value, 2),
      note: joinNotes(densityNote(people.year, land.year), land.note),
      flags: ['derived'],
    });
  }
  return drafts;
}
