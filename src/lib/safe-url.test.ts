import { describe, expect, it } from 'vitest';
import { toSafeHref } from './safe-url';

describe('toSafeHref', () => {
  it.each([
    [
      'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/',
      'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/',
    ],
    ['http://ombudsman.go.id', 'http://ombudsman.go.id/'],
    ['  https://menpan.go.id/berita  ', 'https://menpan.go.id/berita'],
    ['HTTPS://BPS.GO.ID/a', 'https://bps.go.id/a'],
  ])('links %j', (input, expected) => {
    expect(toSafeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    '/relative/path',
    '//evil.example/x',
    'not a url',
    '',
    null,
    undefined,
  ])('keeps %j as text', (input) => {
    expect(toSafeHref(input)).toBeNull();
  });
});
