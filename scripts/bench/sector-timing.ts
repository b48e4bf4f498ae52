import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { regionSchema } from '../../src/data/schemas/region-schema';
import { sectorIndexPaths } from '../../src/data/schemas/sector-index-schema';
import { validateSectorFile } from '../../src/data/schemas/sector-schema';
import { validateRows } from '../../src/data/schemas/validate-rows';
import { indexRegions } from '../../src/domain/region-index';
import { analyseSectors } from '../../src/domain/sectors/analysis/analyse-sectors';
import { DEFAULT_WEIGHTS, rankSectorPriorities } from '../../src/domain/sectors/priority';
import { indexSectorTables } from '../../src/domain/sectors/sector-tables';

const DATA = resolve(import.meta.dirname, '../../public/data/v1');

/**
 * The sectors page's own analysis (src/domain/sectors, pure) for all 552 regions — 38 provinces and 514
 * kabupaten/kota, as the national maps need — on the bundled split sector files, in Node: once to warm up,
 * then `runs` timed passes. Indexing the tables and ranking each region are part of each pass, as the page
 * does them once per load.
 */
export async function measureSectorAnalysis(runs = 5): Promise<number[]> {
  const read = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as unknown;
  const regions = validateRows('regions.json', read('regions.json'), regionSchema).rows;
  const paths = sectorIndexPaths('sectors/index.json', read('sectors/index.json'));
  const sectorRows = paths.flatMap((path) => validateSectorFile(path, read(path)).rows);
  const index = indexRegions(regions);
  const provinces = index.atLevel('province');
  const analysed = [...provinces, ...index.atLevel('regency')];
  const context = {
    provinces: provinces.map((r) => r.code),
    regenciesOf: (code: (typeof provinces)[number]['code']) => index.childrenOf(code).map((r) => r.code),
  };
  const pass = () => {
    const tables = indexSectorTables(sectorRows);
    let ok = 0;
    for (const region of analysed) {
      const outcome = analyseSectors(region, tables, context);
      if (outcome.status !== 'ok') continue;
      if (rankSectorPriorities(outcome.analysis, DEFAULT_WEIGHTS, null).length > 0) ok += 1;
    }
    return ok;
  };
  const count = pass();
  if (count !== analysed.length) throw new Error(`analysed ${count} of ${analysed.length} regions`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  return times;
}
