import { EPPD_SPEC, IPP_SPEC, OMBUDSMAN_SPEC, SMART_CITY_COHORT_SPEC, SPBE_SPEC } from './governance-specs';
import {
  AREA_SPEC,
  IPM_LONG_FORM_SPEC,
  IPM_SPEC,
  POPULATION_SPEC,
  POVERTY_SPEC,
  UNEMPLOYMENT_REGENCY_SPEC,
  UNEMPLOYMENT_SPEC,
} from './statistics-specs';
import type { TableSpec } from './table-spec';

/**
 * Everything bundled from a table, one entry per indicator (density is computed separately). The
 * order is the build's: drafts, issues and the list of source files follow it.
 */
export const TABLE_SPECS: readonly TableSpec[] = [
  IPM_SPEC,
  IPM_LONG_FORM_SPEC,
  POVERTY_SPEC,
  POPULATION_SPEC,
  AREA_SPEC,
  SPBE_SPEC,
  UNEMPLOYMENT_SPEC,
  UNEMPLOYMENT_REGENCY_SPEC,
  OMBUDSMAN_SPEC,
  IPP_SPEC,
  EPPD_SPEC,
  SMART_CITY_COHORT_SPEC,
];
