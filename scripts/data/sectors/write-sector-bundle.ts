import type { Region } from '../../../src/domain/region';
import { buildSectors } from './build-sectors';
import { CROSSWALK_FILE } from './region-crosswalk';
import { SECTOR_FILE, SECTOR_SOURCE_FILES } from './sector-sources';
import { gzipSync } from 'node:zlib';

/** The build step: reads the CSVs, writes the file, prints a summary; returns false on a blocking problem. */
export function writeSectorBundle(io: {
  read: (pathInSources: string) => string;
  write: (pathInBundle: string, text: string) => void;
  regions: readonly Region[];
  log: (line: string) => void;
  error: (line: string) => void;
}): boolean {
  const sources = Object.fromEntries(
    [...SECTOR_SOURCE_FILES, CROSSWALK_FILE].map((file) => [file, io.read(file)]),
  );
  const bundle = buildSectors(sources, new Map(io.regions.map((r) => [r.code as string, r])));
  if (bundle.issues.length > 0) {
    for (const issue of bundle.issues) io.error(`${issue.file}:${issue.line}: ${issue.message}`);
    io.error(
      `data:build failed: ${bundle.issues.length} problem(s) in the PDRB tables; ${SECTOR_FILE} not written.`,
    );
    return false;
  }
  for (const [path, text] of bundle.files) io.write(path, text);
  const regions = new Set(bundle.rows.map((r) => r.region)).size;
  const kb = (text: string) => (gzipSync(text).length / 1024).toFixed(1);
  const largest = [...bundle.files].sort((a, b) => b[1].length - a[1].length)[0]!;
  io.log(
    `sectors/: ${bundle.rows.length} values for ${regions} regions in ${bundle.files.size} files; ` +
      `${SECTOR_FILE} ${kb(bundle.text)} KB gzipped, largest ${largest[0]} ${kb(largest[1])} KB gzipped`,
  );
  for (const s of bundle.skipped) io.log(`skipped ${s.count} row(s) of ${s.file} – ${s.reason}`);
  for (const warning of bundle.warnings) io.log(`check: ${warning}`);
  return true;
}
