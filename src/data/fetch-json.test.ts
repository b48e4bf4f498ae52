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

  it('says when the body is not JSON, and when it is a web page instead', async () => {
    serve(() => new Response('{"rows": [1, 2'));
    expect((await failure(fetchJson('/x'))).kind).toBe('not-json');
    serve(() => new Response('\n<!doctype html><html><body>Kinerja Daerah</body></html>'));
    const html = await failure(fetchJson('/x'));
    expect([html.kind, html.retryable]).toEqual(['html', false]);
  });

  it('stops a request that hangs and names the timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    const started = Date.now();
    const error = await failure(fetchJson('/slow', { timeoutMs: 50 }));
    expect([error.kind, error.timeoutMs, error.retryable]).toEqual(['timeout', 50, false]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops a body that stalls after the headers', async () => {
    // Like a real fetch, aborting the request errors the body stream it has already handed out.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const body = new ReadableStream({
          start(controller) {
            init.signal!.addEventListener('abort', () =>
              controller.error(new DOMException('aborted', 'AbortError')),
            );
          },
        });
        return new Response(body, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    expect((await failure(fetchJson('/stall', { timeoutMs: 50 }))).kind).toBe('timeout');
  });

  it("passes the caller's cancellation through untouched", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    const controller = new AbortController();
    const pending = fetchJson('/x', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
