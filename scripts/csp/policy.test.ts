import { describe, expect, it } from 'vitest';
import { buildCsp, headersFile, sourceOf, withCspMeta } from './policy';

describe('sourceOf', () => {
  it.each([
    ['data/v1', null],
    ['/kinerja/data/v1', null],
    ['https://data.example.go.id/kinerja/v1', 'https://data.example.go.id'],
    ['http://127.0.0.1:8080/v1/', 'http://127.0.0.1:8080'],
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://tiles-{s}.peta.go.id/{z}/{x}/{y}.png', 'https://*.peta.go.id'],
    ['HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png', 'https://tiles.example.org'],
  ])('%s → %s', (url, source) => {
    expect(sourceOf(url)).toBe(source);
  });

  it('refuses addresses a policy cannot express safely', () => {
    expect(() => sourceOf('javascript:alert(1)')).toThrow(/neither http/);
    expect(() => sourceOf('https://user:pw@data.example.go.id/v1')).toThrow(/credentials/);
  });
});

describe('buildCsp', () => {
  it('allows only the app itself for the bundled data and no basemap', () => {
    expect(buildCsp({ dataUrl: 'data/v1', basemap: null }, 'meta')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; frame-src 'none'; " +
        "base-uri 'none'; form-action 'none'",
    );
  });

  it('adds the data host to connect-src and the tile host to img-src; frame-ancestors only as a header', () => {
    const config = {
      dataUrl: 'https://data.example.go.id/kinerja/v1',
      basemap: { url: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' },
    };
    const header = buildCsp(config, 'header');
    expect(header).toContain("connect-src 'self' https://data.example.go.id;");
    expect(header).toContain("img-src 'self' data: blob: https://*.tile.openstreetmap.org;");
    expect(header.endsWith("frame-ancestors 'none'")).toBe(true);
    expect(buildCsp(config, 'meta')).not.toContain('frame-ancestors');
    expect(header).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('writes a _headers file for every path', () => {
    const file = headersFile({ dataUrl: 'data/v1' });
    expect(file.split('\n').slice(0, 2)).toEqual([
      '/*',
      `  Content-Security-Policy: ${buildCsp({ dataUrl: 'data/v1' }, 'header')}`,
    ]);
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });

  it('puts the meta tag right after the charset, or replaces the one there', () => {
    const html = '<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>x</title>\n  </head></html>';
    const once = withCspMeta(html, { dataUrl: 'data/v1' });
    expect(once).toMatch(
      /<meta charset="UTF-8" \/>\n {4}<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*" \/>\n {4}<title>/,
    );
    const again = withCspMeta(once, { dataUrl: 'https://data.example.go.id/v1' });
    expect(again.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(again).toContain("connect-src 'self' https://data.example.go.id");
  });
});
