import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { regionSchema } from '../../src/data/schemas/region-schema';
import { validateSectorFile } from '../../src/data/schemas/sector-schema';
import { validateRows } from '../../src/data/schemas/validate-rows';
import { indexRegions } from '../../src/domain/region-index';
import { analyseSectors } from '../../src/domain/sectors/analysis/analyse-sectors';
import { indexSectorTables } from '../../src/domain/sectors/sector-tables';

const DATA = resolve(import.meta.dirname, '../../public/data/v1');

/**
 * The sectors page's own analysis (src/domain/sectors, pure) for every province, on the bundled
 * sectors/pdrb.json, in Node: once to warm up, then `runs` timed passes over all 38. Indexing the
 * tables is part of each pass, as the page does it once per load.
 */
export async function measureSectorAnalysis(runs = 5): Promise<number[]> {
  const read = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as unknown;
  const regions = validateRows('regions.json', read('regions.json'), regionSchema).rows;
  const sectorRows = validateSectorFile('sectors/pdrb.json', read('sectors/pdrb.json')).rows;
  const index = indexRegions(regions);
  const provinces = index.atLevel('province');
  const context = {
    provinces: provinces.map((r) => r.code),
    regenciesOf: (code: (typeof provinces)[number]['code']) => index.childrenOf(code).map((r) => r.code),
  };
  const pass = () => {
    const tables = indexSectorTables(sectorRows);
    return provinces.filter((p) => analyseSectors(p, tables, context).status === 'ok').length;
  };
  pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  return times;
}
