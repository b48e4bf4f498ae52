import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSING_FILTER } from './missing-report';
import { parseMissingParams, writeMissingParams } from './missing-params';

describe('missing-report parameters', () => {
  it('reads the filter and writes it back first, keeping the app-wide selection untouched', () => {
    const params = new URLSearchParams(
      'indicator=ipm&gap-indicator=improved-sanitation&gap-year=2024&gap-province=95',
    );
    const filter = parseMissingParams(params);
    expect(filter).toEqual({
      province: '95',
      level: 'regency',
      indicator: 'improved-sanitation',
      year: 2024,
    });
    expect(writeMissingParams(params, filter).toString()).toBe(
      'gap-province=95&gap-indicator=improved-sanitation&gap-year=2024&indicator=ipm',
    );
  });

  it('falls back to the defaults on values it cannot use, and leaves defaults out of the address', () => {
    const filter = parseMissingParams(new URLSearchParams('gap-level=desa&gap-year=20x4&gap-province=9'));
    expect(filter).toEqual(DEFAULT_MISSING_FILTER);
    expect(writeMissingParams(new URLSearchParams(), filter).toString()).toBe('');
  });
});
