import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAreaData } from './area-data';
import type { BuildInputs } from './build-layers';
import type { GadmCollection, GadmKecamatanProps, GadmRegencyProps } from './gadm-data';
import { areaDataFile, gadmFile, INPUT_PACKAGES, ROOT } from './source-paths';

export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version?: string;
  };
  if (!manifest.version) throw new Error(`${name}: no version in package.json`);
  return manifest.version;
}

export function readInputs(): BuildInputs {
  const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
  return {
    area: parseAreaData({
      provinces: readFileSync(areaDataFile('provinces'), 'utf8'),
      regencies: readFileSync(areaDataFile('regencies'), 'utf8'),
      districts: readFileSync(areaDataFile('districts'), 'utf8'),
    }),
    gadm: {
      regencies: readJson<GadmCollection<GadmRegencyProps>>(gadmFile(2)),
      kecamatan: readJson<GadmCollection<GadmKecamatanProps>>(gadmFile(3)),
    },
    sources: Object.fromEntries(INPUT_PACKAGES.map((name) => [name, packageVersion(name)])),
  };
}
