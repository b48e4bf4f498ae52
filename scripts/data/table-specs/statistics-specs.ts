import { field, type CsvRow } from '../csv';
import { csvNote, type TableSpec } from './table-spec';

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

function areaSuspicion(row: CsvRow): string | undefined {
  return /suspect/i.test(field(row, 'note'))
    ? 'the source gives the same area for Padang Lawas Utara and Padang Lawas (suspect)'
    : undefined;
}

export const IPM_SPEC: TableSpec = {
  indicator: 'ipm',
  file: 'ipm.csv',
  select: IPM_VAR_413,
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
  note: csvNote,
};

export const IPM_LONG_FORM_SPEC: TableSpec = {
  indicator: 'ipm-lf2020',
  file: 'ipm.csv',
  select: IPM_LONG_FORM,
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
  // Says which part of a list could be read, not anything about the value.
  note: (row) => (/^databoks list/.test(field(row, 'note')) ? undefined : csvNote(row)),
};

export const POVERTY_SPEC: TableSpec = {
  indicator: 'poverty-rate',
  file: 'poverty.csv',
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
  note: csvNote,
};

// The population and area notes repeat one sentence on every row; it lives in the description.
export const POPULATION_SPEC: TableSpec = {
  indicator: 'population',
  file: 'population.csv',
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
};

export const AREA_SPEC: TableSpec = {
  indicator: 'area',
  file: 'area.csv',
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
  note: (row) => areaSuspicion(row),
};

// Province and national rates are BPS's own releases: regencies are never summed into them.
export const UNEMPLOYMENT_SPEC: TableSpec = {
  indicator: 'unemployment-rate',
  file: 'tpt.csv',
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
};

export const UNEMPLOYMENT_REGENCY_SPEC: TableSpec = {
  indicator: 'unemployment-rate',
  file: 'tpt_regency.csv',
  yearColumn: 'year',
  valueColumn: 'value',
  blank: 'error',
  note: tptRegencyNote,
};
