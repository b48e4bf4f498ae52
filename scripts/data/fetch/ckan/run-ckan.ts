import { join } from 'node:path';
import type { Region } from '../../../../src/domain/region';
import { INDICATORS } from '../../indicator-catalog';
import type { BpsCodes } from '../bps-region-codes';
import { formatReport, type TableReport } from '../fetch-report';
import { createWebApiClient } from '../webapi-client';
import { failedTable, writeFactTable } from '../write-fact-table';
import { datastoreRecords } from './ckan-datastore';
import { ckanFactRows } from './ckan-fact-rows';
import { ckanFile, type CkanTableMapping } from './ckan-mapping';

export interface CkanOptions {
  mappings: readonly CkanTableMapping[];
  /** data/sources: each table goes to <sourcesDir>/satu-data/<id>.csv. */
  sourcesDir: string;
  codes: BpsCodes;
  regions: ReadonlyMap<string, Region>;
  today: string;
  log: (line: string) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** The second source adapter: public CKAN DataStore resources, no key; same report and writes as BPS. */
export async function runCkan(options: CkanOptions): Promise<{ exitCode: number; reports: TableReport[] }> {
  const reports: TableReport[] = [];
  for (const mapping of options.mappings) {
    const report = await fetchResource(mapping, options);
    reports.push(report);
    for (const line of formatReport([report])) options.log(line);
  }
  return { exitCode: reports.some((r) => r.status === 'error') ? 1 : 0, reports };
}

async function fetchResource(mapping: CkanTableMapping, options: CkanOptions): Promise<TableReport> {
  const indicator = INDICATORS.find((i) => i.id === mapping.indicator);
  if (!indicator) return failedTable(mapping.id, `no indicator "${mapping.indicator}" in the catalog`);
  const client = createWebApiClient({
    baseUrl: mapping.apiUrl,
    key: '',
    fetch: options.fetch,
    sleep: options.sleep,
    onRetry: (message) => options.log(`${mapping.id}: ${message}`),
  });
  const answer = await datastoreRecords(client, mapping.resourceId);
  if ('error' in answer) return failedTable(mapping.id, answer.error);
  const { rows, problems } = ckanFactRows(answer.records, mapping, {
    indicator,
    codes: options.codes,
    regions: options.regions,
    accessed: options.today,
  });
  if (rows.length === 0) return failedTable(mapping.id, 'no usable value in the resource', problems);
  return writeFactTable(mapping.id, join(options.sourcesDir, ckanFile(mapping)), rows, problems);
}
