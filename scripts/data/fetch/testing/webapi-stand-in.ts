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

/**
 * A loopback stand-in of the BPS WebAPI: routes are keyed "domain?type=prov" or "<domain>/<var>" for
 * `list?model=data`; a wrong key gets the HTTP 200 error envelope, as the real API answers.
 */
export async function startWebApiStandIn(key: string, routes: Record<string, Route>): Promise<StandIn> {
  const requests: string[] = [];
  const calls = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}?${url.searchParams.toString().replace(/key=[^&]*/, 'key=*')}`);
    const send = ({ status = 200, body }: Answer) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.searchParams.get('key') !== key)
      return send({ body: { status: 'Error', message: 'Invalid key' } });
    const params = url.searchParams;
    const name = url.pathname.endsWith('/domain')
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
