import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpProvider } from './http-provider';

const FILES: Record<string, unknown> = {
  'sectors/index.json': {
    version: 1,
    files: [
      { path: 'sectors/provinces.json', level: 'province' },
      { path: 'sectors/regencies/61.json', level: 'regency', province: '61' },
    ],
  },
  'sectors/provinces.json': {
    rows: [{ region: '61', year: 2024, basis: 'adhk', sector: 'A', value: 1 }],
  },
  'sectors/regencies/61.json': {
    rows: [
      { region: '61.11', year: 2026, quarter: 1, basis: 'adhk', sector: 'A', value: 2 },
      { region: '61.11', year: 2026, basis: 'adhk', sector: 'Z', value: 3 },
    ],
  },
  'sectors/pdrb.json': { rows: [{ region: '61', year: 2020, basis: 'adhk', sector: 'A', value: 9 }] },
};

function serve(files: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = url.replace('https://data.example.go.id/v1/', '');
      const body = files[path];
      return body === undefined
        ? new Response('Not Found', { status: 404 })
        : new Response(JSON.stringify(body));
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

const provider = createHttpProvider('https://data.example.go.id/v1/');

describe('http provider: sectors', () => {
  it('reads every part that sectors/index.json lists, naming the file (and its row) of a skipped row', async () => {
    serve(FILES);
    const { rows, issues } = await provider.sectors!();
    expect(rows.map((r) => [r.region, r.value])).toEqual([
      ['61', 1],
      ['61.11', 2],
    ]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, field: 'sectors/regencies/61.json: sector' })]);
  });

  it('falls back to the single sectors/pdrb.json of an older publisher', async () => {
    const older = { ...FILES };
    delete older['sectors/index.json'];
    serve(older);
    const { rows } = await provider.sectors!();
    expect(rows.map((r) => [r.region, r.value])).toEqual([['61', 9]]);
  });
});
