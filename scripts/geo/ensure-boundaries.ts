import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBoundaries, OUTPUT_FILES } from './build-boundaries';
import { computeInputHash } from './input-hash';
import { BOUNDARIES_DIR } from './source-paths';

export interface EnsureResult {
  rebuilt: boolean;
  inputHash: string;
  outDir: string;
}

/** True when every output exists and was built from inputs with this hash. */
export function isUpToDate(outDir: string, inputHash: string): boolean {
  const files = [OUTPUT_FILES.regency, OUTPUT_FILES.province, OUTPUT_FILES.coverage];
  if (!files.every((name) => existsSync(join(outDir, name)))) return false;
  const stamp = join(outDir, OUTPUT_FILES.inputHash);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputHash;
}

/**
 * Builds the boundaries unless they exist and their input hash (scripts/geo sources and the
 * versions of the input packages) is unchanged. The outputs are not committed (GADM's licence
 * forbids redistribution), so every checkout runs this before serving or testing the map.
 */
export function ensureBoundaries(
  options: { outDir?: string; log?: (line: string) => void } = {},
): EnsureResult {
  const outDir = options.outDir ?? BOUNDARIES_DIR;
  const log = options.log ?? ((line: string) => console.log(line));
  const inputHash = computeInputHash();
  if (isUpToDate(outDir, inputHash)) {
    log(`boundaries up to date (${inputHash.slice(0, 12)}) in ${outDir}`);
    return { rebuilt: false, inputHash, outDir };
  }
  log(`building boundaries (inputs ${inputHash.slice(0, 12)})`);
  buildBoundaries({ outDir, log });
  return { rebuilt: true, inputHash, outDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureBoundaries();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
