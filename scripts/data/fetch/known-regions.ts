import type { Region } from '../../../src/domain/region';
import { parseCsv } from '../csv';
import { buildRegions } from '../region-list';

/** The Kemendagri region list the build uses, read from idn-area-data's two CSVs. */
export function knownRegions(provincesCsv: string, regenciesCsv: string): Map<string, Region> {
  const regions = buildRegions(
    parseCsv('idn-area-data/data/provinces.csv', provincesCsv),
    parseCsv('idn-area-data/data/regencies.csv', regenciesCsv),
  );
  return new Map(regions.map((r) => [r.code as string, r]));
}
