import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GEO_SCRIPTS_DIR = join(ROOT, 'scripts', 'geo');
export const GADM_PACKAGE_DIR = join(ROOT, 'node_modules', 'geojson-indonesia');
export const AREA_DATA_PACKAGE_DIR = join(ROOT, 'node_modules', 'idn-area-data');
export const BOUNDARIES_DIR = join(ROOT, 'public', 'data', 'v1', 'boundaries');

export const gadmFile = (level: 2 | 3) => join(GADM_PACKAGE_DIR, 'geojson', `gadm41_IDN_${level}.json`);
export const areaDataFile = (name: 'provinces' | 'regencies' | 'districts') =>
  join(AREA_DATA_PACKAGE_DIR, 'data', `${name}.csv`);

/** Packages whose version is part of the build's input hash. */
export const INPUT_PACKAGES = [
  'geojson-indonesia',
  'idn-area-data',
  'topojson-server',
  'topojson-client',
  'topojson-simplify',
] as const;
