import type { Topology } from 'topojson-specification';
import { DataFetchError, fetchJson } from './fetch-json';
import type { BoundaryLevel, DataProvider } from './provider';
import { indicatorSchema } from './schemas/indicator-schema';
import { observationFileSchema, observationSchema } from './schemas/observation-schema';
import { regionSchema } from './schemas/region-schema';
import {
  joinSectorParts,
  LEGACY_SECTOR_FILE,
  SECTOR_INDEX,
  sectorIndexPaths,
} from './schemas/sector-index-schema';
import { validateSectorFile } from './schemas/sector-schema';
import { targetFileSchema, targetSchema } from './schemas/target-schema';
import { topologySchema } from './schemas/topology-schema';
import { InvalidPayloadError, issuesFromZod, validateRows } from './schemas/validate-rows';

/** Data API v1 over HTTP (see docs/data-api.md). */
export function createHttpProvider(dataUrl: string): DataProvider {
  const base = dataUrl.replace(/\/+$/, '');
  const url = (path: string) => `${base}/${path}`;

  return {
    async regions(signal) {
      const payload = await fetchJson(url('regions.json'), { signal, recordDate: true });
      return validateRows('regions.json', payload, regionSchema, { field: 'code', keyOf: (r) => r.code });
    },
    async indicators(signal) {
      const payload = await fetchJson(url('indicators.json'), { signal, recordDate: true });
      return validateRows('indicators.json', payload, indicatorSchema, { field: 'id', keyOf: (i) => i.id });
    },
    async observations(indicatorId, signal) {
      const resource = `observations/${indicatorId}.json`;
      const file = observationFileSchema.safeParse(
        await fetchJson(url(resource), { signal, recordDate: true }),
      );
      if (!file.success) throw new InvalidPayloadError(resource, issuesFromZod(file.error, null));
      if (file.data.indicator !== indicatorId) {
        throw new InvalidPayloadError(resource, [
          {
            row: null,
            field: 'indicator',
            reason: `file is for "${file.data.indicator}", expected "${indicatorId}"`,
          },
        ]);
      }
      return validateRows(resource, file.data.observations, observationSchema);
    },
    async boundaries(level: BoundaryLevel, signal) {
      const resource = `boundaries/${level}.topo.json`;
      const parsed = topologySchema.safeParse(await fetchJson(url(resource), { signal, recordDate: true }));
      if (!parsed.success) throw new InvalidPayloadError(resource, issuesFromZod(parsed.error, null));
      return parsed.data as unknown as Topology;
    },
    async targets(indicatorId, signal) {
      const resource = `targets/${indicatorId}.json`;
      let payload: unknown;
      try {
        payload = await fetchJson(url(resource), { signal, recordDate: true });
      } catch (error) {
        if (isAbsent(error)) return { rows: [], issues: [] };
        throw error;
      }
      const file = targetFileSchema.safeParse(payload);
      if (!file.success) throw new InvalidPayloadError(resource, issuesFromZod(file.error, null));
      if (file.data.indicator !== indicatorId) {
        throw new InvalidPayloadError(resource, [
          {
            row: null,
            field: 'indicator',
            reason: `file is for "${file.data.indicator}", expected "${indicatorId}"`,
          },
        ]);
      }
      return validateRows(resource, file.data.targets, targetSchema);
    },
    async sectors(signal) {
      const optional = async (resource: string) => {
        try {
          return await fetchJson(url(resource), { signal, recordDate: true });
        } catch (error) {
          if (isAbsent(error)) return undefined;
          throw error;
        }
      };
      // The split files when the publisher lists them, else the single file of older publishers.
      const index = await optional(SECTOR_INDEX);
      if (index === undefined) {
        const payload = await optional(LEGACY_SECTOR_FILE);
        return payload === undefined
          ? { rows: [], issues: [] }
          : validateSectorFile(LEGACY_SECTOR_FILE, payload);
      }
      const paths = sectorIndexPaths(SECTOR_INDEX, index);
      const parts = await Promise.all(
        paths.map(async (path) =>
          validateSectorFile(path, await fetchJson(url(path), { signal, recordDate: true })),
        ),
      );
      return joinSectorParts(paths, parts);
    },
  };
}

/** Targets are optional: a 404, or a host that answers a missing file with its index.html, means none. */
function isAbsent(error: unknown): boolean {
  return (
    error instanceof DataFetchError &&
    ((error.kind === 'http' && error.status === 404) || error.kind === 'html')
  );
}
