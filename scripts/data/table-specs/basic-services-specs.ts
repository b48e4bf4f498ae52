import { field, type CsvRow } from '../csv';
import type { TableSpec } from './table-spec';

/**
 * The 2024 tables of the STIS Query Builder download repeat one sentence about the table on every row
 * (said by the indicator's description); only what follows it is about the value, e.g. the name the
 * source used for a renamed region, or a zero kept as published.
 */
function noteAfter(boilerplate: string): (row: CsvRow) => string | undefined {
  return (row) => {
    const note = field(row, 'note');
    const rest = note.startsWith(boilerplate) ? note.slice(boilerplate.length) : note;
    return rest.replace(/^;\s*/, '').trim() || undefined;
  };
}

function regency2024(indicator: string, file: string, boilerplate: string): TableSpec {
  return {
    indicator,
    file,
    yearColumn: 'year',
    valueColumn: 'value',
    blank: 'error',
    note: noteAfter(boilerplate),
  };
}

export const EXPECTED_YEARS_SCHOOLING_SPEC = regency2024(
  'expected-years-schooling',
  'hls.csv',
  'expected years of schooling, age 7; Susenas March',
);

export const MEAN_YEARS_SCHOOLING_SPEC = regency2024(
  'mean-years-schooling',
  'rls.csv',
  'mean years of schooling, age 25+; Susenas March',
);

export const LIFE_EXPECTANCY_SPEC = regency2024(
  'life-expectancy',
  'uhh_var414.csv',
  'UHH of the var-413 IPM series (SP2010-based projections); NOT the Long Form SP2020 UHH used in BPS 2024 headline releases',
);

export const ADJUSTED_EXPENDITURE_SPEC = regency2024(
  'adjusted-expenditure',
  'pengeluaran_per_kapita.csv',
  'IPM income component; Susenas March',
);

// Three Papua regencies have an empty cell for sanitation and two for water: the CSV has no row for
// them, so they stay gaps (see missing_2024.csv in the shared delivery).
export const IMPROVED_SANITATION_SPEC = regency2024(
  'improved-sanitation',
  'sanitasi_layak.csv',
  "Susenas March; proper ('layak') sanitation, SDG 6.2.1 concept",
);

export const IMPROVED_DRINKING_WATER_SPEC = regency2024(
  'improved-drinking-water',
  'air_minum_layak.csv',
  "Susenas March; improved ('layak') drinking-water source, SDG 6.1.1 concept",
);

export const POVERTY_GAP_SPEC = regency2024(
  'poverty-gap-index',
  'poverty_gap_p1.csv',
  'poverty gap index P1, Susenas March',
);

/** Region-years the older regency TPT table already holds; those rows are kept from it. */
export const TPT_2024_SUPPLEMENTS = 'tpt_regency.csv';

export const UNEMPLOYMENT_REGENCY_2024_SPEC: TableSpec = {
  ...regency2024(
    'unemployment-rate',
    'tpt_regency_2024.csv',
    'open unemployment rate, Sakernas August 2024; supplements ../governance3/tpt_kabkota.csv (identical on its 411 regions)',
  ),
  supplements: TPT_2024_SUPPLEMENTS,
};
