import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import type { Region } from '../../src/domain/region';
import { indicatorSchema } from '../../src/data/schemas/indicator-schema';
import { observationSchema } from '../../src/data/schemas/observation-schema';
import { regionSchema } from '../../src/data/schemas/region-schema';
import { parseCsv, type CsvTable } from './csv';
import { findDuplicates, type BuildIssue } from './checks';
import { INDICATORS } from './indicator-catalog';
import { ALL_FETCHED_TABLES } from './fetch/all-fetched-tables';
import type { FetchedTable } from './fetch/fetched-table';
import { densityObservations } from './observations/density-observations';
import {
  extractObservations,
  unclaimedRows,
  type Draft,
  type Skipped,
} from './observations/extract-observations';
import { keepNewRegionYears } from './observations/supplement-observations';
import { fetchedObservations } from './observations/fetched-observations';
import { preferFetched } from './observations/prefer-fetched';
import { buildRegions, compareRegionCodes } from './region-list';
import { TABLE_SPECS } from './table-specs/all-table-specs';

export const SOURCES_DIR = 'data/sources';

/** Raw text of every input, so that the build itself does no I/O and can run in tests. */
export interface BundleInput {
  provincesCsv: string;
  regenciesCsv: string;
  /** Keyed by file name inside data/sources, e.g. "ipm.csv". */
  sources: Readonly<Record<string, string>>;
  /** Tables written by `data:fetch`, keyed by path inside data/sources ("bps-webapi/ipm.csv"). */
  fetched?: Readonly<Record<string, string>>;
  /** Which fetched tables to read; the repository's mapping unless a test brings its own. */
  fetchedTables?: readonly FetchedTable[];
}

export interface Bundle {
  /** Keyed by path inside public/data/v1, e.g. "observations/ipm.json". */
  files: Map<string, string>;
  regions: Region[];
  observations: Map<string, Observation[]>;
  issues: BuildIssue[];
  skipped: Skipped[];
  /** Compiled values that an official fetched value replaced. */
  replaced: number;
}

export function sourceFilesUsed(): string[] {
  return [...new Set(TABLE_SPECS.map((spec) => spec.file))];
}

export function buildBundle(input: BundleInput): Bundle {
  const issues: BuildIssue[] = [];
  const regions = buildRegions(
    parseCsv('idn-area-data/data/provinces.csv', input.provincesCsv),
    parseCsv('idn-area-data/data/regencies.csv', input.regenciesCsv),
  );
  regions.forEach((region, index) => {
    const result = regionSchema.safeParse(region);
    if (!result.success) {
      issues.push({
        file: 'regions.json',
        line: index + 1,
        message: result.error.issues[0]?.message ?? 'invalid',
      });
    }
  });
  const regionsByCode = new Map(regions.map((r) => [r.code as string, r]));

  const tables = new Map<string, CsvTable>();
  for (const file of sourceFilesUsed()) {
    const text = input.sources[file];
    if (text === undefined) throw new Error(`${SOURCES_DIR}/${file} is missing`);
    tables.set(file, parseCsv(`${SOURCES_DIR}/${file}`, text));
  }

  const drafts: Draft[] = [];
  const skipped: Skipped[] = [];
  for (const spec of TABLE_SPECS) {
    const extracted = extractObservations(spec, tables.get(spec.file)!, regionsByCode);
    const supplement = spec.supplements
      ? keepNewRegionYears(extracted.drafts, drafts, `${SOURCES_DIR}/${spec.supplements}`)
      : { kept: extracted.drafts, skipped: [], issues: [] };
    drafts.push(...supplement.kept);
    issues.push(...extracted.issues, ...supplement.issues);
    skipped.push(...extracted.skipped, ...supplement.skipped);
  }
  for (const [file, table] of tables) {
    issues.push(
      ...unclaimedRows(
        table,
        TABLE_SPECS.filter((spec) => spec.file === file),
      ),
    );
  }
  const fetched = fetchedObservations(
    input.fetched ?? {},
    input.fetchedTables ?? ALL_FETCHED_TABLES,
    regionsByCode,
    SOURCES_DIR,
  );
  issues.push(...fetched.issues);
  skipped.push(...fetched.skipped);
  const preferred = preferFetched(drafts, fetched.drafts);
  drafts.splice(0, drafts.length, ...preferred.drafts);
  drafts.push(
    ...densityObservations(
      drafts.filter((d) => d.indicator === 'population'),
      drafts.filter((d) => d.indicator === 'area'),
    ),
  );
  issues.push(...findDuplicates(drafts));

  for (const draft of drafts) {
    const result = observationSchema.safeParse(toObservation(draft));
    if (!result.success) {
      const problem = result.error.issues[0];
      issues.push({ ...draft.origin, message: `${problem?.path.join('.')}: ${problem?.message}` });
    }
  }
  INDICATORS.forEach((indicator, index) => {
    const result = indicatorSchema.safeParse(indicator);
    if (!result.success) {
      issues.push({
        file: 'scripts/data/indicator-catalog.ts',
        line: index + 1,
        message: result.error.message,
      });
    }
  });

  const observations = new Map<string, Observation[]>();
  for (const indicator of INDICATORS) {
    const rows = drafts
      .filter((d) => d.indicator === indicator.id)
      .sort((a, b) => compareRegionCodes(a.region, b.region) || a.year - b.year)
      .map(toObservation);
    observations.set(indicator.id, rows);
  }

  const files = new Map<string, string>();
  files.set('regions.json', `${jsonLines(regions)}\n`);
  files.set('indicators.json', `${JSON.stringify(INDICATORS satisfies readonly Indicator[], null, 2)}\n`);
  for (const [id, rows] of observations) {
    files.set(
      `observations/${id}.json`,
      `{"indicator":${JSON.stringify(id)},"observations":${jsonLines(rows)}}\n`,
    );
  }
  // No bundled source publishes targets. An empty file says so, where a missing one would put a 404
  // for every indicator in the browser console of every profile visit.
  for (const indicator of INDICATORS) {
    files.set(`targets/${indicator.id}.json`, `{"indicator":${JSON.stringify(indicator.id)},"targets":[]}\n`);
  }
  return { files, regions, observations, issues, skipped, replaced: preferred.replaced };
}

/** Fixed key order, so that output is byte-for-byte stable. */
function toObservation(draft: Draft): Observation {
  const observation: Observation = { region: draft.region, year: draft.year, value: draft.value };
  if (draft.category !== undefined) observation.category = draft.category;
  if (draft.source) observation.source = draft.source;
  if (draft.note) observation.note = draft.note;
  if (draft.flags && draft.flags.length > 0) observation.flags = draft.flags;
  return observation;
}

/** Compact JSON array with one element per line: small, yet readable in a git diff. */
function jsonLines(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
}
