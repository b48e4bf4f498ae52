import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, resolveDataUrl } from './load-config';

const BASE = 'https://dasbor.example.go.id/app/';

function serve(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('resolveDataUrl', () => {
  it('resolves a relative data URL against the app base and trims the slash', () => {
    expect(resolveDataUrl('data/v1/', BASE)).toBe('https://dasbor.example.go.id/app/data/v1');
    expect(resolveDataUrl('https://data.example.go.id/v1', BASE)).toBe('https://data.example.go.id/v1');
  });
});

describe('loadConfig', () => {
  it('uses the configured data URL and basemap', async () => {
    serve(
      JSON.stringify({
        dataUrl: 'https://data.example.go.id/v1',
        basemap: { url: 'https://t/{z}/{x}/{y}.png', attribution: 'OSM' },
      }),
    );
    const loaded = await loadConfig(BASE);
    expect(loaded.dataUrl).toBe('https://data.example.go.id/v1');
    expect(loaded.config.basemap).toEqual({
      url: 'https://t/{z}/{x}/{y}.png',
      attribution: 'OSM',
      maxZoom: 18,
    });
    expect(loaded.problem).toBeNull();
  });

  it('falls back to the bundled data when config.json is missing', async () => {
    serve('not found', 404);
    const loaded = await loadConfig(BASE);
    expect(loaded.dataUrl).toBe('https://dasbor.example.go.id/app/data/v1');
    expect(loaded.problem).toEqual({ kind: 'missing' });
  });

  it('falls back and names the bad field when config.json is invalid', async () => {
    serve(JSON.stringify({ basemap: { url: 'https://tiles.example/tile.png', attribution: 'x' } }));
    const loaded = await loadConfig(BASE);
    expect(loaded.config.basemap).toBeNull();
    expect(loaded.problem).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('basemap.url') });
  });
});
