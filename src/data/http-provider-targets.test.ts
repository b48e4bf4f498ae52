import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFetchError } from './fetch-json';
import { createHttpProvider } from './http-provider';
import { InvalidPayloadError } from './schemas/validate-rows';

function serve(respond: (url: string) => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => respond(url)),
  );
}

afterEach(() => vi.unstubAllGlobals());

const provider = createHttpProvider('https://data.example.go.id/v1/');

describe('http provider: targets', () => {
  it('reads targets/{indicator}.json row by row, keeping valid rows and reporting the others', async () => {
    serve(
      () =>
        new Response(
          JSON.stringify({
            indicator: 'ipm',
            targets: [
              { region: '61.11', year: 2026, value: 67.5, source: { name: 'RPJMD' } },
              { region: '61.11', year: 2026, value: 'enam puluh' },
            ],
          }),
        ),
    );
    const { rows, issues } = await provider.targets!('ipm');
    expect(rows).toEqual([{ region: '61.11', year: 2026, value: 67.5, source: { name: 'RPJMD' } }]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, field: 'value' })]);
    expect(vi.mocked(fetch)).toHaveBeenCalledWith(
      'https://data.example.go.id/v1/targets/ipm.json',
      expect.anything(),
    );
  });

  it('treats a 404 as no targets, not as an error', async () => {
    serve(() => new Response('Not Found', { status: 404 }));
    await expect(provider.targets!('poverty-rate')).resolves.toEqual({ rows: [], issues: [] });
  });

  it('treats a host answering with its index.html as no targets', async () => {
    serve(() => new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(provider.targets!('poverty-rate')).resolves.toEqual({ rows: [], issues: [] });
  });

  it('still reports a server error and a file for another indicator', async () => {
    serve(() => new Response('boom', { status: 500 }));
    await expect(provider.targets!('ipm')).rejects.toBeInstanceOf(DataFetchError);
    serve(() => new Response(JSON.stringify({ indicator: 'poverty-rate', targets: [] })));
    await expect(provider.targets!('ipm')).rejects.toBeInstanceOf(InvalidPayloadError);
  });
});
