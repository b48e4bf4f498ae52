import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status?: number; body: unknown };

/** Answers per request; a function may change its answer between calls (503 first, then the table). */
export type Route = (calls: number) => Answer;

export interface StandIn {
  baseUrl: string;
  /** Request paths with the key cut out, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** Query form (`list?model=data&…`) and path form (`list/model/data/…/key/K/`) read alike. */
function readRequest(url: URL): { verb: string; params: URLSearchParams } {
  const params = new URLSearchParams(url.searchParams);
  const segments = url.pathname.split('/').filter(Boolean);
  const at = segments.findIndex((s) => s === 'list' || s === 'domain');
  const pairs = segments.slice(at + 1);
  for (let i = 0; i + 1 < pairs.length; i += 2) params.set(pairs[i]!, decodeURIComponent(pairs[i + 1]!));
  return { verb: segments[at] ?? '', params };
}

/**
 * A loopback stand-in of the BPS WebAPI: routes are keyed "domain?type=prov" or "<domain>/<var>" for
 * `list?model=data`; a wrong key gets the HTTP 200 error envelope, as the real API answers.
 */
export async function startWebApiStandIn(key: string, routes: Record<string, Route>): Promise<StandIn> {
  const requests: string[] = [];
  const calls = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const { verb, params } = readRequest(url);
    const path = url.pathname.replace(/\/key\/[^/]*/, '/key/*');
    requests.push(`${path}?${url.searchParams.toString().replace(/key=[^&]*/, 'key=*')}`);
    const send = ({ status = 200, body }: Answer) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (params.get('key') !== key) return send({ body: { status: 'Error', message: 'Invalid key' } });
    const name =
      verb === 'domain'
        ? `domain?type=${params.get('type')}`
        : `${params.get('domain')}/${params.get('var')}`;
    const route = routes[name];
    if (!route) return send({ status: 404, body: { error: 'not found' } });
    const count = (calls.get(name) ?? 0) + 1;
    calls.set(name, count);
    send(route(count));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1/api`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
