import { queryOptions, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { checkObservations } from '../domain/check-observations';
import type { Indicator } from '../domain/indicator';
import type { Observation } from '../domain/observation';
import { indexRegions } from '../domain/region-index';
import { checkSectorValues } from '../domain/sectors/check-sector-values';
import type { SectorValue } from '../domain/sectors/sector-value';
import type { Target } from '../domain/target';
import { useDataSource, type DataSource } from './data-source-context';
import type { BoundaryLevel } from './provider';
import { InvalidPayloadError, type Validated, type ValidationIssue } from './schemas/validate-rows';

export const regionsQuery = (source: DataSource) =>
  queryOptions({
    queryKey: ['regions', source.key],
    queryFn: ({ signal }) => source.provider.regions(signal),
  });

export const indicatorsQuery = (source: DataSource) =>
  queryOptions({
    queryKey: ['indicators', source.key],
    queryFn: ({ signal }) => source.provider.indicators(signal),
  });

export const observationsQuery = (source: DataSource, client: QueryClient, indicatorId: string) =>
  queryOptions({
    queryKey: ['observations', source.key, indicatorId],
    queryFn: async ({ signal }): Promise<Validated<Observation>> => {
      const [regions, indicators, raw] = await Promise.all([
        // Without a region list the values are still worth showing; only the code check is skipped.
        client.ensureQueryData(regionsQuery(source)).catch(() => null),
        client.ensureQueryData(indicatorsQuery(source)),
        source.provider.observations(indicatorId, signal),
      ]);
      const indicator = indicators.rows.find((i) => i.id === indicatorId);
      if (!indicator) {
        throw new InvalidPayloadError(`observations/${indicatorId}.json`, [
          { row: null, field: 'indicator', reason: `indicators.json has no indicator "${indicatorId}"` },
        ]);
      }
      const knownRegions = regions ? new Set(regions.rows.map((r) => r.code)) : null;
      const checked = checkObservations(raw.rows, indicator, knownRegions, raw.positions);
      return { rows: checked.rows, issues: [...raw.issues, ...checked.issues] };
    },
  });

export const boundariesQuery = (source: DataSource, level: BoundaryLevel) =>
  queryOptions({
    queryKey: ['boundaries', source.key, level],
    queryFn: ({ signal }) => source.provider.boundaries(level, signal),
    staleTime: Infinity,
  });

export const targetsQuery = (source: DataSource, indicatorId: string) =>
  queryOptions({
    queryKey: ['targets', source.key, indicatorId],
    queryFn: async ({ signal }): Promise<Validated<Target>> =>
      source.provider.targets ? source.provider.targets(indicatorId, signal) : { rows: [], issues: [] },
  });

export function useRegions() {
  return useQuery(regionsQuery(useDataSource()));
}

export function useIndicators() {
  return useQuery(indicatorsQuery(useDataSource()));
}

export function useObservations(indicatorId: string | null | undefined) {
  const source = useDataSource();
  const client = useQueryClient();
  return useQuery({
    ...observationsQuery(source, client, indicatorId ?? ''),
    enabled: Boolean(indicatorId),
  });
}

export function useBoundaries(level: BoundaryLevel) {
  return useQuery(boundariesQuery(useDataSource(), level));
}

/** The region list and an index over it, built once per loaded list. */
export function useRegionIndex() {
  const query = useRegions();
  const index = useMemo(() => (query.data ? indexRegions(query.data.rows) : null), [query.data]);
  return { query, index };
}

/** Observations of several indicators at once (a region's headline figures), also keyed by indicator id. */
export function useObservationsOf(indicators: readonly Indicator[]) {
  const source = useDataSource();
  const client = useQueryClient();
  const results = useQueries({ queries: indicators.map((i) => observationsQuery(source, client, i.id)) });
  const byId = new Map(indicators.map((indicator, i) => [indicator.id, results[i]?.data?.rows ?? []]));
  return { results, byId };
}

/** The targets of several indicators (a region's scorecard), keyed by indicator id; none while loading. */
export function useTargets(indicatorIds: readonly string[]) {
  const source = useDataSource();
  const results = useQueries({ queries: indicatorIds.map((id) => targetsQuery(source, id)) });
  const byId = new Map(indicatorIds.map((id, i) => [id, results[i]?.data?.rows ?? []]));
  return { results, byId };
}

/** Valid sector rows, the rows skipped, and findings about rows kept as published. */
export interface SectorData extends Validated<SectorValue> {
  warnings: ValidationIssue[];
}

export const sectorsQuery = (source: DataSource, client: QueryClient) =>
  queryOptions({
    queryKey: ['sectors', source.key],
    queryFn: async ({ signal }): Promise<SectorData> => {
      const none: Validated<SectorValue> = { rows: [], issues: [] };
      const [regions, raw] = await Promise.all([
        client.ensureQueryData(regionsQuery(source)).catch(() => null),
        source.provider.sectors ? source.provider.sectors(signal) : none,
      ]);
      const known = regions ? new Set<string>(regions.rows.map((r) => r.code)) : null;
      const issues = [...raw.issues];
      const rows: SectorValue[] = [];
      const positions: number[] = [];
      raw.rows.forEach((row, i) => {
        const position = raw.positions?.[i] ?? i;
        if (known && !known.has(row.region)) {
          issues.push({ row: position, field: 'region', reason: `unknown region code "${row.region}"` });
          return;
        }
        rows.push(row);
        positions.push(position);
      });
      const checked = checkSectorValues(rows, positions);
      return { rows: checked.rows, issues: [...issues, ...checked.issues], warnings: checked.warnings };
    },
  });

/** PDRB by sector from the provider (bundled, a publisher's, or imported); empty when there is none. */
export function useSectors() {
  return useQuery(sectorsQuery(useDataSource(), useQueryClient()));
}
