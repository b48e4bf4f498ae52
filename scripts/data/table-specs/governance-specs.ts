import { field, type CsvRow } from '../csv';
import { csvNote, inferredYear, joinNotes, type TableSpec } from './table-spec';

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

export const SPBE_SPEC: TableSpec = {
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
};

export const OMBUDSMAN_SPEC: TableSpec = {
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
};

export const IPP_SPEC: TableSpec = {
  indicator: 'ipp',
  file: 'ipp.csv',
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
  note: (row) => joinNotes(field(row, 'rank') && `rank ${field(row, 'rank')} among provinces`),
};

export const EPPD_SPEC: TableSpec = {
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
};

export const SMART_CITY_COHORT_SPEC: TableSpec = {
  indicator: 'smart-city-cohort',
  file: 'smart_city_participants.csv',
  yearColumn: 'year_joined',
  valueColumn: 'year_joined',
  skip: (row) => (field(row, 'year_joined') === '' ? 'cohort year not stated' : undefined),
  blank: 'error',
  note: csvNote,
};
