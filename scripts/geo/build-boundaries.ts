import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildLayers } from './build-layers';
import { BUILD_PARAMS, SIZE_BUDGETS } from './build-params';
import { formatCoverage, type Coverage } from './coverage-report';
import { computeInputHash } from './input-hash';
import { readInputs } from './read-inputs';
import { BOUNDARIES_DIR } from './source-paths';

export const OUTPUT_FILES = {
  province: 'province.topo.json',
  regency: 'regency.topo.json',
  coverage: 'coverage.json',
  inputHash: 'input-hash.txt',
} as const;

export interface BuildSummary {
  coverage: Coverage;
  gzipBytes: { regency: number; province: number };
  seconds: number;
}

/** Writes via a temporary name so a reader never sees half a file. */
function writeAtomically(path: string, content: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function buildBoundaries(
  options: { outDir?: string; log?: (line: string) => void } = {},
): BuildSummary {
  const outDir = options.outDir ?? BOUNDARIES_DIR;
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const inputHash = computeInputHash();
  const inputs = readInputs();
  log(`read GADM and idn-area-data (${elapsed()})`);
  const output = buildLayers(inputs, BUILD_PARAMS);
  log(`built layers (${elapsed()})`);
  if (output.problems.length > 0) {
    throw new Error(
      `boundaries not written, ${output.problems.length} problem(s):\n  ${output.problems.join('\n  ')}`,
    );
  }

  const regency = JSON.stringify(output.regency);
  const province = JSON.stringify(output.province);
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, OUTPUT_FILES.regency), regency);
  writeAtomically(join(outDir, OUTPUT_FILES.province), province);
  writeAtomically(join(outDir, OUTPUT_FILES.coverage), `${JSON.stringify(output.coverage, null, 2)}\n`);
  writeAtomically(join(outDir, OUTPUT_FILES.inputHash), `${inputHash}\n`);

  const gzipBytes = { regency: gzipSize(regency), province: gzipSize(province) };
  for (const line of formatCoverage(output.coverage)) log(line);
  for (const layer of ['regency', 'province'] as const) {
    const over = gzipBytes[layer] > SIZE_BUDGETS[layer] ? `  OVER BUDGET (${kb(SIZE_BUDGETS[layer])})` : '';
    log(
      `${OUTPUT_FILES[layer]}: ${kb(layer === 'regency' ? regency.length : province.length)}, ${kb(gzipBytes[layer])} gzipped${over}`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  log(`wrote ${outDir} in ${seconds.toFixed(1)} s`);
  return { coverage: output.coverage, gzipBytes, seconds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    buildBoundaries();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
