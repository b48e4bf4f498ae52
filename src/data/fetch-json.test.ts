import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFetchError, fetchJson } from './fetch-json';

function serve(respond: () => Response | Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => respond()),
  );
}

afterEach(() => vi.unstubAllGlobals());

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataFetchError);
  return error as DataFetchError;
};

describe('fetchJson', () => {
  it('parses a JSON body', async () => {
    serve(() => new Response('[{"code":"61"}]'));
    await expect(fetchJson('/data/v1/regions.json')).resolves.toEqual([{ code: '61' }]);
  });

  it('names a network fault as retryable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await failure(fetchJson('/x'));
    expect([error.kind, error.retryable]).toEqual(['network', true]);
  });

  it('keeps the HTTP status; 5xx may be retried, 4xx not', async () => {
    serve(() => new Response('', { status: 503 }));
    expect((await failure(fetchJson('/x'))).retryable).toBe(true);
    serve(() => new Response('', { status: 404 }));
    const notFound = await failure(fetchJson('/x'));
    expect([notFound.kind, notFound.status, notFound.retryable]).toEqual(['http', 404, false]);
  });

  it('refuses a response over the size limit, by header or by body', async () => {
    serve(() => new Response('[]', { headers: { 'Content-Length': String(30 * 1024 * 1024) } }));
    expect((await failure(fetchJson('/x'))).kind).toBe('too-large');
    serve(() => new Response('"' + 'x'.repeat(200) + '"'));
    expect((await failure(fetchJson('/x', { maxBytes: 100 }))).kind).toBe('too-large');
  });

  it('says when the body is not JSON', async () => {
    serve(() => new Response('<html>Not here</html>'));
    expect((await failure(fetchJson('/x'))).kind).toBe('not-json');
  });
});
