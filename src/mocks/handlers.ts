import { http, HttpResponse } from 'msw';
import {
  boundariesFixture,
  indicatorsFixture,
  observationsFixture,
  regionsFixture,
  targetsFixture,
} from './fixtures';
import { sectorsHandler, sectorsIndexHandler } from './sector-fixture';

/** Data API v1 served from fixtures. Paths end-match so any dataUrl host works. */
export const handlers = [
  http.get('*/config.json', () => HttpResponse.json({ dataUrl: 'data/v1', basemap: null })),
  http.get('*/data/v1/regions.json', () => HttpResponse.json(regionsFixture)),
  http.get('*/data/v1/indicators.json', () => HttpResponse.json(indicatorsFixture)),
  http.get('*/data/v1/observations/:file', ({ params }) => {
    const id = String(params.file).replace(/\.json$/, '');
    const file = observationsFixture[id];
    return file ? HttpResponse.json(file) : new HttpResponse('Not Found', { status: 404 });
  }),
  // Optional: an indicator without targets answers 404, as a static host would.
  http.get('*/data/v1/targets/:file', ({ params }) => {
    const file = targetsFixture[String(params.file).replace(/\.json$/, '')];
    return file ? HttpResponse.json(file) : new HttpResponse('Not Found', { status: 404 });
  }),
  http.get('*/data/v1/boundaries/:level', ({ params }) => {
    const level = String(params.level).replace(/\.topo\.json$/, '') as keyof typeof boundariesFixture;
    const topology = boundariesFixture[level];
    return topology ? HttpResponse.json(topology) : new HttpResponse('Not Found', { status: 404 });
  }),
  sectorsIndexHandler,
  sectorsHandler,
];
