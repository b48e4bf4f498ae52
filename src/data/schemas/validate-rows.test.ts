import { describe, expect, it } from 'vitest';
import { regionSchema } from './region-schema';
import { observationSchema } from './observation-schema';
import { indicatorSchema } from './indicator-schema';
import { InvalidPayloadError, validateRows } from './validate-rows';

const kayong = {
  code: '61.11',
  name: 'Kabupaten Kayong Utara',
  level: 'regency',
  parent: '61',
  kind: 'kabupaten',
};

describe('validateRows', () => {
  it('keeps the valid rows and reports each invalid one with row, field and reason', () => {
    const payload = [kayong, { ...kayong, code: '6111' }, { ...kayong, kind: 'desa' }];
    const { rows, issues } = validateRows('regions.json', payload, regionSchema);
    expect(rows.map((r) => r.code)).toEqual(['61.11']);
    expect(validateRows('regions.json', [{}, kayong], regionSchema).positions).toEqual([1]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ row: 1, field: 'code' });
    expect(issues[0]?.reason).toMatch(/Kemendagri code/);
    expect(issues[1]).toMatchObject({ row: 2, field: 'kind' });
  });

  it('rejects a payload that is not an array', () => {
    expect(() => validateRows('regions.json', { regions: [] }, regionSchema)).toThrow(InvalidPayloadError);
  });

  it('rejects a payload in which no row is valid', () => {
    expect(() => validateRows('regions.json', [{ code: 1 }], regionSchema)).toThrow(/regions.json/);
  });

  it('accepts an empty array: emptiness is shown, not treated as an error', () => {
    expect(validateRows('regions.json', [], regionSchema)).toEqual({ rows: [], issues: [], positions: [] });
  });
});

describe('regionSchema', () => {
  it('requires a parent for everything but the country', () => {
    const { issues } = validateRows('r', [kayong, { ...kayong, parent: null }], regionSchema);
    expect(issues[0]).toMatchObject({ row: 1, field: 'parent' });
  });
});

describe('observationSchema', () => {
  it('keeps a null value as a known gap and drops unknown flags', () => {
    const parsed = observationSchema.parse({
      region: '95',
      year: 2023,
      value: null,
      note: 'not published',
      flags: ['old-boundary', 'future-flag'],
    });
    expect(parsed.value).toBeNull();
    expect(parsed.flags).toEqual(['old-boundary']);
  });

  it('rejects a value given as text', () => {
    expect(observationSchema.safeParse({ region: '61.11', year: 2024, value: '8,84' }).success).toBe(false);
  });
});

describe('indicatorSchema', () => {
  it('rejects an unknown polarity', () => {
    const result = indicatorSchema.safeParse({
      id: 'x',
      name: { id: 'X', en: 'X' },
      unit: { id: '%', en: '%' },
      polarity: 'up',
      category: 'economy',
      decimals: 2,
      description: { id: 'd', en: 'd' },
      source: { name: 'BPS' },
    });
    expect(result.success).toBe(false);
  });
});

describe('validateRows with a unique field', () => {
  it('keeps the first row of a duplicated code and reports the second with its row number', () => {
    const copy = { ...kayong, name: 'Kayong Utara (salinan)' };
    const result = validateRows('regions.json', [kayong, copy], regionSchema, {
      field: 'code',
      keyOf: (r) => r.code,
    });
    expect(result.rows.map((r) => r.name)).toEqual(['Kabupaten Kayong Utara']);
    expect(result.issues).toEqual([{ row: 1, field: 'code', reason: 'second row for code 61.11' }]);
  });
});
