import { http, HttpResponse, type HttpHandler } from 'msw';
import { indicatorsFixture, observationsFixture, regionsFixture } from './fixtures';

/** The Data API v1 files a scenario can break. */
export type Resource = 'regions' | 'indicators' | 'observations' | 'boundaries';

const PATHS: Record<Resource, string> = {
  regions: '*/data/v1/regions.json',
  indicators: '*/data/v1/indicators.json',
  observations: '*/data/v1/observations/:file',
  boundaries: '*/data/v1/boundaries/:level',
};

const reply = (resource: Resource, respond: (indicatorId: string) => Response): HttpHandler =>
  http.get(PATHS[resource], ({ params }) => respond(String(params.file ?? '').replace(/\.json$/, '')));

type Payloads = Record<Resource, (indicatorId: string) => unknown>;

/** Rows whose fields have the wrong types. */
const wrongTypeRows: Payloads = {
  regions: () =>
    regionsFixture.map((r) => ({ ...r, code: Number(r.code.replace('.', '')) || r.code, level: 7 })),
  indicators: () => indicatorsFixture.map((i) => ({ ...i, decimals: 'two', polarity: true })),
  observations: (indicator) => ({ indicator, observations: [{ region: 6111, year: '2024', value: '8,84' }] }),
  boundaries: () => ({ type: 'Topology', arcs: 'none', objects: {} }),
};

const missingFieldRows: Payloads = {
  regions: () => regionsFixture.map(({ code }) => ({ code })),
  indicators: () => indicatorsFixture.map(({ id }) => ({ id })),
  observations: (indicator) => ({ indicator }),
  boundaries: () => ({ type: 'Topology', arcs: [] }),
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
      ...(observationsFixture[indicator]?.observations ?? []),
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
};

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
  wrongTypes: (resource: Resource) =>
    reply(resource, (id) => HttpResponse.json(wrongTypeRows[resource](id) as object)),
  missingFields: (resource: Resource) =>
    reply(resource, (id) => HttpResponse.json(missingFieldRows[resource](id) as object)),
  partialRows: (resource: Resource) =>
    reply(resource, (id) => HttpResponse.json(partialRows[resource](id) as object)),
  emptyArrays: (resource: Resource) =>
    reply(resource, (id) => HttpResponse.json(emptyRows[resource](id) as object)),
};

export type ScenarioName = keyof typeof scenarios;
export const SCENARIO_NAMES = Object.keys(scenarios) as ScenarioName[];
