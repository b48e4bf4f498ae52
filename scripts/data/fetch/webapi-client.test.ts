import { describe, expect, it } from 'vitest';
import { createWebApiClient, redactKey, requestUrl } from './webapi-client';

const KEY = 's3cret-key';

function scripted(...answers: (Response | Error)[]) {
  const urls: string[] = [];
  const fetchImpl = (async (input: URL | RequestInfo) => {
    urls.push(String(input));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  const sleeps: number[] = [];
  const retries: string[] = [];
  const client = createWebApiClient({
    baseUrl: 'http://127.0.0.1:9/v1/api/',
    key: KEY,
    fetch: fetchImpl,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0,
    onRetry: (message) => retries.push(message),
  });
  return { client, urls, sleeps, retries };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });

describe('requestUrl', () => {
  it('builds the query form with the key last', () => {
    expect(
      String(
        requestUrl(
          'https://webapi.bps.go.id/v1/api',
          'list',
          { model: 'data', domain: '0000', var: '413' },
          'K',
        ),
      ),
    ).toBe('https://webapi.bps.go.id/v1/api/list?model=data&domain=0000&var=413&key=K');
  });
});

describe('requestUrl, path form', () => {
  it('puts every parameter and the key in the path', () => {
    const params = { model: 'data', lang: 'ind', domain: '0000', var: '413', th: '122;123' };
    expect(String(requestUrl('https://webapi.bps.go.id/v1/api/', 'list', params, 'K', 'path'))).toBe(
      'https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/0000/var/413/th/122;123/key/K/',
    );
  });
});

describe('createWebApiClient', () => {
  it('retries 503 and 429 with backoff 1 s, 2 s, then Retry-After, and returns the JSON', async () => {
    const { client, sleeps, urls } = scripted(
      json({}, 503),
      json({}, 429),
      json({}, 429, { 'Retry-After': '7' }),
      json({ status: 'OK' }),
    );
    expect(await client.get('list', { model: 'data' })).toEqual({
      ok: true,
      body: { status: 'OK' },
      attempts: 4,
    });
    expect(sleeps).toEqual([1000, 2000, 7000]);
    expect(urls).toHaveLength(4);
  });

  it('retries network errors and non-JSON pages, then gives up with a message without the key', async () => {
    const { client, retries } = scripted(
      new Error(`connect ECONNREFUSED for ?key=${KEY}`),
      new Response('<html>Maintenance</html>'),
      new Response('<html>Maintenance</html>'),
      new Response('<html>Maintenance</html>'),
    );
    const result = await client.get('list', {});
    expect(result).toEqual({
      ok: false,
      error: 'the answer is not JSON: <html>Maintenance</html> (4 attempts)',
      attempts: 4,
    });
    expect(retries[0]).toBe('network error: connect ECONNREFUSED for ?key=***; retry 1 of 3 in 1000 ms');
    expect(retries.join('\n')).not.toContain(KEY);
  });

  it('does not retry other HTTP errors or application errors', async () => {
    const notFound = scripted(new Response(`no such path key/${KEY}/`, { status: 404 }));
    expect(await notFound.client.get('list', {})).toEqual({
      ok: false,
      error: 'HTTP 404: no such path key/***/',
      attempts: 1,
    });
    const appError = scripted(json({ status: 'Error', message: 'Invalid key' }));
    expect(await appError.client.get('list', {})).toMatchObject({ ok: true, attempts: 1 });
    expect(appError.sleeps).toEqual([]);
  });

  it('reports a timeout as such', async () => {
    const timeout = Object.assign(new Error('aborted'), { name: 'TimeoutError' });
    const { client } = scripted(timeout, timeout, timeout, timeout);
    expect(await client.get('list', {})).toMatchObject({
      ok: false,
      error: 'no answer within 30 s (4 attempts)',
    });
  });
});

describe('redactKey', () => {
  it('removes the key in plain and URL-encoded form', () => {
    expect(redactKey('a?key=k+1&b=/key/k%2B1/', 'k+1')).toBe('a?key=***&b=/key/***/');
  });
});
