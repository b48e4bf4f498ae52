import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBundle, SOURCES_DIR, sourceFilesUsed } from './build-bundle';
import { formatIssue } from './checks';
import { ALL_FETCHED_TABLES } from './fetch/all-fetched-tables';
import { writeSectorBundle } from './sectors/write-sector-bundle';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AREA_DATA = join(ROOT, 'node_modules', 'idn-area-data', 'data');
const OUT_DIR = join(ROOT, 'public', 'data', 'v1');

const read = (path: string) => readFileSync(path, 'utf8');

/** The tables `npm run data:fetch` wrote; none in a checkout without a key. */
function readFetchedTables(): Record<string, string> {
  const files = ALL_FETCHED_TABLES.map((t) => t.file).filter((file) =>
    existsSync(join(ROOT, SOURCES_DIR, file)),
  );
  return Object.fromEntries(files.map((file) => [file, read(join(ROOT, SOURCES_DIR, file))]));
}

function main(): void {
  const bundle = buildBundle({
    provincesCsv: read(join(AREA_DATA, 'provinces.csv')),
    regenciesCsv: read(join(AREA_DATA, 'regencies.csv')),
    sources: Object.fromEntries(sourceFilesUsed().map((file) => [file, read(join(ROOT, SOURCES_DIR, file))])),
    fetched: readFetchedTables(),
  });

  if (bundle.issues.length > 0) {
    for (const issue of bundle.issues) console.error(formatIssue(issue));
    console.error(`\ndata:build failed: ${bundle.issues.length} problem(s); nothing was written.`);
    process.exit(1);
  }

  mkdirSync(join(OUT_DIR, 'sectors', 'regencies'), { recursive: true });
  const sectorsWritten = writeSectorBundle({
    read: (file) => read(join(ROOT, SOURCES_DIR, file)),
    write: (file, text) => writeFileSync(join(OUT_DIR, file), text),
    regions: bundle.regions,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
  if (!sectorsWritten) process.exit(1);

  // Observation files are generated, so a file for an indicator that left the catalog is stale.
  const observationsDir = join(OUT_DIR, 'observations');
  mkdirSync(observationsDir, { recursive: true });
  for (const name of readdirSync(observationsDir)) {
    if (name.endsWith('.json') && !bundle.files.has(`observations/${name}`))
      rmSync(join(observationsDir, name));
  }
  mkdirSync(join(OUT_DIR, 'targets'), { recursive: true });
  for (const [path, text] of bundle.files) writeFileSync(join(OUT_DIR, path), text);

  console.log(`regions.json: ${bundle.regions.length} regions`);
  if (bundle.replaced > 0)
    console.log(`${bundle.replaced} compiled value(s) replaced by official BPS WebAPI values`);
  for (const [id, rows] of bundle.observations) {
    const text = bundle.files.get(`observations/${id}.json`) ?? '';
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(
      `observations/${id}.json: ${rows.length} values, ${kb(Buffer.byteLength(text))} KB, ${kb(gzipSync(text).length)} KB gzipped`,
    );
  }
  const skippedByReason = new Map<string, number>();
  for (const s of bundle.skipped) {
    const key = `${s.indicator}: ${s.reason}`;
    skippedByReason.set(key, (skippedByReason.get(key) ?? 0) + 1);
  }
  for (const [reason, count] of skippedByReason) console.log(`skipped ${count} row(s) – ${reason}`);
}

try {
  main();
} catch (error) {
  // Malformed input (a broken CSV, a missing file) stops the build with its message, not a stack trace.
  console.error(`data:build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
