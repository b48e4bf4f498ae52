import { join } from 'node:path';
import { readText, ROOT, AREA_DATA } from '../bundle-files';
import { SOURCES_DIR } from '../build-bundle';
import { BPS_TABLES } from './bps-table-mapping';
import { knownRegions } from './known-regions';
import { runFetch } from './run-fetch';

async function main(): Promise<number> {
  const { exitCode } = await runFetch({
    env: process.env,
    mappings: BPS_TABLES,
    sourcesDir: join(ROOT, SOURCES_DIR),
    crosswalkCsv: readText(join(ROOT, 'data', 'codes', 'bps_kemendagri.csv')),
    regions: knownRegions(
      readText(join(AREA_DATA, 'provinces.csv')),
      readText(join(AREA_DATA, 'regencies.csv')),
    ),
    today: new Date().toISOString().slice(0, 10),
    log: (line) => console.log(line),
  });
  return exitCode;
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
