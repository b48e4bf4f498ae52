import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { indicatorsFixture, observationsFixture, regionsFixture } from './fixtures';

/**
 * The Data API v1 files a scenario can break. To add an endpoint, add its path here; then give it a
 * payload in the row tables below where the scenario makes sense for it (the others fall back to a
 * generic broken payload, or to the normal answer for row-level scenarios).
 */
const PATHS = {
  regions: '*/data/v1/regions.json',
  indicators: '*/data/v1/indicators.json',
  observations: '*/data/v1/observations/:file',
  boundaries: '*/data/v1/boundaries/:level',
  config: '*/config.json',
  targets: '*/data/v1/targets/:file',
  // The fixture publisher has no sectors/index.json (404 by the normal handlers): faults hit its one file.
  sectors: '*/data/v1/sectors/pdrb.json',
} as const;

export type Resource = keyof typeof PATHS;
export const RESOURCES = Object.keys(PATHS) as Resource[];

/** The file's id from the path: "poverty-rate" for observations/poverty-rate.json. */
const fileId = (params: Record<string, unknown>) =>
  String(params.file ?? params.level ?? '').replace(/(\.topo)?\.json$/, '');

const reply = (resource: Resource, respond: (id: string) => Response | Promise<Response>): HttpHandler =>
  http.get(PATHS[resource], ({ params }) => respond(fileId(params)));

type Payloads = Partial<Record<Resource, (id: string) => unknown>>;

const json = (body: unknown) => HttpResponse.json(body as object);

/** Answers from the table, or lets the request through to the normal handlers when the table has none. */
const replyFrom = (resource: Resource, table: Payloads): HttpHandler =>
  http.get(PATHS[resource], ({ params }) => {
    const payload = table[resource];
    return payload ? json(payload(fileId(params))) : undefined;
  });

const observationsOf = (indicator: string) => observationsFixture[indicator]?.observations ?? [];

/** Rows whose fields have the wrong types. */
const wrongTypeRows: Payloads = {
  regions: () =>
    regionsFixture.map((r) => ({ ...r, code: Number(r.code.replace('.', '')) || r.code, level: 7 })),
  indicators: () => indicatorsFixture.map((i) => ({ ...i, decimals: 'two', polarity: true })),
  observations: (indicator) => ({ indicator, observations: [{ region: 6111, year: '2024', value: '8,84' }] }),
  boundaries: () => ({ type: 'Topology', arcs: 'none', objects: {} }),
  config: () => ({ dataUrl: 42, basemap: 'osm' }),
  targets: (indicator) => ({ indicator, targets: 'none' }),
  sectors: () => ({ unit: 7, rows: 'none' }),
};

const missingFieldRows: Payloads = {
  regions: () => regionsFixture.map(({ code }) => ({ code })),
  indicators: () => indicatorsFixture.map(({ id }) => ({ id })),
  observations: (indicator) => ({ indicator }),
  boundaries: () => ({ type: 'Topology', arcs: [] }),
  config: () => ({ basemap: { url: 'https://tiles.example/{z}/{x}/{y}.png' } }),
  targets: (indicator) => ({ indicator }),
  sectors: () => ({ sources: [] }),
};

const partialRows: Payloads = {
  regions: () => [
    ...regionsFixture,
    { code: '61.999', name: 'Bad code', level: 'regency', parent: '61', kind: 'kabupaten' },
    { name: 'No code' },
  ],
  indicators: () => [...indicatorsFixture, { id: 'Broken Id', name: 'no texts' }],
  observations: (indicator) => ({
    indicator,
    observations: [
      ...observationsOf(indicator),
      { region: '61.11', year: 2024, value: 'delapan' },
      { region: '99.99', year: 2024, value: 3 },
      { region: '61.04', year: 2025, value: 140 },
    ],
  }),
  boundaries: () => ({
    type: 'Topology',
    arcs: [],
    objects: { regions: { type: 'GeometryCollection', geometries: [] } },
  }),
};

const emptyRows: Payloads = {
  regions: () => [],
  indicators: () => [],
  observations: (indicator) => ({ indicator, observations: [] }),
  boundaries: () => ({
    type: 'Topology',
    arcs: [],
    objects: { regions: { type: 'GeometryCollection', geometries: [] } },
  }),
  config: () => ({}),
};

/** A second row for something already listed, with a different value: the first one wins. */
const duplicateRowsTable: Payloads = {
  regions: () => [...regionsFixture, { ...regionsFixture[5], name: 'Kabupaten Kayong Utara (salinan)' }],
  indicators: () => [
    ...indicatorsFixture,
    { ...indicatorsFixture[0], name: { id: 'IPM (salinan)', en: 'HDI (copy)' } },
  ],
  observations: (indicator) => {
    const rows = observationsOf(indicator) as { region: string; year: number; value: number }[];
    const last = rows.find((o) => o.region === '61.11' && o.year === 2024)!;
    return { indicator, observations: [...rows, { ...last, value: last.value + 50 }] };
  },
};

/** Well-formed codes that are not in regions.json. */
const unknownRegionRows: Payloads = {
  observations: (indicator) => ({
    indicator,
    observations: [
      ...observationsOf(indicator),
      { region: '61.98', year: 2024, value: 5 },
      { region: '99', year: 2024, value: 5 },
    ],
  }),
};

/** Values outside the indicator's plausible range (0…100 for both fixture indicators). */
const outOfRangeRows: Payloads = {
  observations: (indicator) => ({
    indicator,
    observations: [
      ...observationsOf(indicator),
      { region: '61.71', year: 2025, value: 140 },
      { region: '61.04', year: 2025, value: -3 },
    ],
  }),
};

const HTML_PAGE =
  '<!doctype html><html lang="id"><head><title>Kinerja Daerah</title></head><body><div id="root"></div></body></html>';

/** Bigger than any limit fetchJson applies (25 MB for data, 64 KB for config.json). */
const OVERSIZED_BYTES = 30 * 1024 * 1024;

/** Named failures, used with `server.use(...)` in tests and `?scenario=` in the dev mock API. */
export const scenarios = {
  serverError: (resource: Resource) =>
    reply(resource, () => new HttpResponse('Internal Server Error', { status: 500 })),
  notFound: (resource: Resource) => reply(resource, () => new HttpResponse('Not Found', { status: 404 })),
  networkError: (resource: Resource) => reply(resource, () => HttpResponse.error()),
  malformedJson: (resource: Resource) =>
    reply(
      resource,
      () =>
        new HttpResponse('[{"code": "61", "name": "Kalim', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  wrongTypes: (resource: Resource) => replyFrom(resource, wrongTypeRows),
  missingFields: (resource: Resource) => replyFrom(resource, missingFieldRows),
  partialRows: (resource: Resource) => replyFrom(resource, partialRows),
  emptyArrays: (resource: Resource) => replyFrom(resource, emptyRows),
  /** 503 for the first `failures` requests of each file, then the normal answer. */
  unavailableThenOk: (resource: Resource, failures = 2) => {
    const answered = new Map<string, number>();
    return http.get(PATHS[resource], ({ params }) => {
      const id = fileId(params);
      const count = answered.get(id) ?? 0;
      answered.set(id, count + 1);
      return count < failures ? new HttpResponse('Service Unavailable', { status: 503 }) : undefined;
    });
  },
  /** Never answers: only fetchJson's timeout ends it. */
  hang: (resource: Resource) =>
    reply(resource, async () => {
      await delay('infinite');
      return new HttpResponse(null, { status: 204 });
    }),
  /** What a static host sends for a missing file when it answers every path with index.html. */
  htmlInsteadOfJson: (resource: Resource) =>
    reply(resource, () => new HttpResponse(HTML_PAGE, { headers: { 'Content-Type': 'text/html' } })),
  tooLarge: (resource: Resource) =>
    reply(
      resource,
      () =>
        new HttpResponse('[]', {
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(OVERSIZED_BYTES) },
        }),
    ),
  duplicateRows: (resource: Resource) => replyFrom(resource, duplicateRowsTable),
  unknownRegions: (resource: Resource) => replyFrom(resource, unknownRegionRows),
  outOfRange: (resource: Resource) => replyFrom(resource, outOfRangeRows),
};

export type ScenarioName = keyof typeof scenarios;
export const SCENARIO_NAMES = Object.keys(scenarios) as ScenarioName[];
