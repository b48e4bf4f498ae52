import { join } from 'node:path';
import { readText, ROOT, AREA_DATA } from '../bundle-files';
import { SOURCES_DIR } from '../build-bundle';
import { bpsCodes } from './bps-region-codes';
import { BPS_TABLES } from './bps-table-mapping';
import { CKAN_TABLES } from './ckan/ckan-mapping';
import { runCkan } from './ckan/run-ckan';
import { knownRegions } from './known-regions';
import { runFetch } from './run-fetch';

async function main(): Promise<number> {
  const regions = knownRegions(
    readText(join(AREA_DATA, 'provinces.csv')),
    readText(join(AREA_DATA, 'regencies.csv')),
  );
  const crosswalkCsv = readText(join(ROOT, 'data', 'codes', 'bps_kemendagri.csv'));
  const common = {
    sourcesDir: join(ROOT, SOURCES_DIR),
    regions,
    today: new Date().toISOString().slice(0, 10),
    log: (line: string) => console.log(line),
  };
  const bps = await runFetch({ ...common, env: process.env, mappings: BPS_TABLES, crosswalkCsv });
  if (CKAN_TABLES.length === 0) return bps.exitCode;
  // Public portals need no key, so they run with or without one.
  const ckan = await runCkan({ ...common, mappings: CKAN_TABLES, codes: bpsCodes(crosswalkCsv, regions) });
  return Math.max(bps.exitCode, ckan.exitCode);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Never print a stack: it could hold the request URL, and with it the key.
    const key = process.env.BPS_WEBAPI_KEY ?? '';
    const message = error instanceof Error ? error.message : String(error);
    console.error(`data:fetch failed: ${key ? message.split(key).join('***') : message}`);
    process.exit(1);
  },
);
