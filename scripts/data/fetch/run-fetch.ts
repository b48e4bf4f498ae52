import { join } from 'node:path';
import type { KnownRegion } from '../checks';
import { INDICATORS } from '../indicator-catalog';
import { bpsCodes, withDomains, type BpsCodes } from './bps-region-codes';
import { fetchedFile, type BpsTableMapping } from './bps-table-mapping';
import { decodeDataContent } from './decode-datacontent';
import { formatReport, type TableReport } from './fetch-report';
import { provinceDomains, type Domain } from './province-domains';
import { NATIONAL_SITE, publicTableUrl } from './public-table-url';
import { toFactRows } from './to-fact-rows';
import { createWebApiClient, DEFAULT_BASE_URL, redactKey, type WebApiClient } from './webapi-client';
import { readDataResponse } from './webapi-response';
import { failedTable, writeFactTable } from './write-fact-table';

export interface FetchOptions {
  env: Readonly<Record<string, string | undefined>>;
  mappings: readonly BpsTableMapping[];
  /** data/sources: each table goes to <sourcesDir>/bps-webapi/<id>.csv. */
  sourcesDir: string;
  crosswalkCsv: string;
  regions: ReadonlyMap<string, KnownRegion>;
  /** The access date written on every row, YYYY-MM-DD. */
  today: string;
  log: (line: string) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const NO_KEY_MESSAGE =
  'BPS_WEBAPI_KEY is not set: no BPS table was fetched and none changed. Get a free key at https://webapi.bps.go.id ' +
  'and pass it as an environment variable or CI secret (never a file in the repository).';

interface Run {
  client: WebApiClient;
  codes: BpsCodes;
  domains: readonly Domain[];
  options: FetchOptions;
}

/** `npm run data:fetch`: refreshes every mapped table; a table that fails keeps its last good copy. */
export async function runFetch(options: FetchOptions): Promise<{ exitCode: number; reports: TableReport[] }> {
  const key = options.env.BPS_WEBAPI_KEY?.trim() ?? '';
  if (!key) {
    options.log(NO_KEY_MESSAGE);
    return { exitCode: 0, reports: [] };
  }
  const say = (line: string) => options.log(redactKey(line, key));
  let asking = 'province list';
  const client = createWebApiClient({
    baseUrl: options.env.BPS_WEBAPI_URL?.trim() || DEFAULT_BASE_URL,
    key,
    fetch: options.fetch,
    sleep: options.sleep,
    onRetry: (message) => say(`${asking}: ${message}`),
    form: options.env.BPS_WEBAPI_URL_FORM === 'path' ? 'path' : 'query',
  });

  let codes = bpsCodes(options.crosswalkCsv, options.regions);
  let domains: Domain[] = [];
  const listed = await provinceDomains(client);
  if ('error' in listed) {
    say(`province list (domain?type=prov): ${listed.error}; the 2022 Papua provinces cannot be placed`);
  } else {
    domains = listed.domains;
    const extended = withDomains(codes, domains, options.regions);
    codes = extended.codes;
    for (const problem of extended.problems) say(`province list: ${problem}`);
  }

  const reports: TableReport[] = [];
  for (const mapping of options.mappings) {
    asking = mapping.id;
    const report = await fetchTable(mapping, { client, codes, domains, options });
    reports.push(report);
    for (const line of formatReport([report])) say(line);
  }
  return { exitCode: reports.some((r) => r.status === 'error') ? 1 : 0, reports };
}

async function fetchTable(mapping: BpsTableMapping, run: Run): Promise<TableReport> {
  const fail = (message: string, problems: string[] = []) => failedTable(mapping.id, message, problems);
  const indicator = INDICATORS.find((i) => i.id === mapping.indicator);
  if (!indicator) return fail(`no indicator "${mapping.indicator}" in the catalog`);

  const answer = await run.client.get('list', {
    model: 'data',
    lang: 'ind',
    domain: mapping.domain,
    var: String(mapping.var),
  });
  if (!answer.ok) return fail(answer.error);
  const outcome = readDataResponse(answer.body);
  if (outcome.kind === 'error') return fail(`WebAPI error: ${outcome.message}`);
  if (outcome.kind === 'malformed') return fail(`unexpected answer: ${outcome.reason}`);
  if (outcome.kind === 'not-available') {
    return { ...failedTable(mapping.id, outcome.availability), status: 'not-available' };
  }

  const domainSite = run.domains.find((d) => d.domain_id === mapping.domain)?.domain_url;
  const site = mapping.domain === '0000' ? NATIONAL_SITE : domainSite || NATIONAL_SITE;
  const { rows, problems } = toFactRows(outcome.table, decodeDataContent(outcome.table), {
    mapping,
    indicator,
    codes: run.codes,
    regions: run.options.regions,
    url: publicTableUrl(site, mapping.var, outcome.table.var[0]?.label ?? ''),
    accessed: run.options.today,
  });
  if (rows.length === 0) return fail('no usable value in the answer', problems);
  if (site === NATIONAL_SITE && mapping.domain !== '0000') {
    problems.push(
      `domain ${mapping.domain} has no site in the province list: the rows link to ${NATIONAL_SITE}`,
    );
  }

  return writeFactTable(mapping.id, join(run.options.sourcesDir, fetchedFile(mapping)), rows, problems);
}
