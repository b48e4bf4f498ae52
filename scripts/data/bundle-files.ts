import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** Read-only access to the committed bundle and its inputs, for the tests. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE_DIR = join(ROOT, 'public', 'data', 'v1');
export const SOURCES = join(ROOT, 'data', 'sources');
export const AREA_DATA = join(ROOT, 'node_modules', 'idn-area-data', 'data');

export const readText = (path: string) => readFileSync(path, 'utf8');

export function readBundleJson(path: string): unknown {
  return JSON.parse(readText(join(BUNDLE_DIR, path)));
}

/** Parsed straight with papaparse, independently of the build's own CSV reader. */
export function readCsvRecords(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readText(path), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}
