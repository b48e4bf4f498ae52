import { describe, expect, it } from 'vitest';
import { parseSelectionParams, toSelectionParams } from './url-params';

const parse = (query: string) => parseSelectionParams(new URLSearchParams(query));

describe('parseSelectionParams', () => {
  it('reads every parameter of a shared link', () => {
    const { selection, rejected } = parse(
      'indicator=poverty-rate&year=2024&level=regency&region=61.11&compare=61.11,61.04',
    );
    expect(selection).toEqual({
      indicator: 'poverty-rate',
      year: 2024,
      level: 'regency',
      region: '61.11',
      compare: ['61.11', '61.04'],
      classes: 'quantile',
    });
    expect(rejected).toEqual([]);
  });

  it('falls back to defaults for bad values and names each rejected parameter', () => {
    const { selection, rejected } = parse(
      'indicator=Bad%20Id!&year=abc&level=village&region=6111&classes=kmeans',
    );
    expect(selection).toEqual({
      indicator: null,
      year: null,
      level: 'province',
      region: null,
      compare: [],
      classes: 'quantile',
    });
    expect(rejected.map((r) => r.param)).toEqual(['indicator', 'year', 'level', 'region', 'classes']);
    expect(rejected[1]).toEqual({ param: 'year', value: 'abc' });
  });

  it('rejects the whole compare list if one code is malformed, and drops repeats', () => {
    expect(parse('compare=61.11,x').rejected).toEqual([{ param: 'compare', value: '61.11,x' }]);
    expect(parse('compare=61.11,61.11,61').selection.compare).toEqual(['61.11', '61']);
  });

  it('accepts a syntactically valid but unknown indicator; the page checks it against the catalogue', () => {
    expect(parse('indicator=nonexistent').selection.indicator).toBe('nonexistent');
  });
});

describe('toSelectionParams', () => {
  it('round-trips a selection and leaves out defaults', () => {
    const query = 'indicator=ipm&year=2023&level=regency&region=61.11&compare=61.11%2C61&classes=jenks';
    const { selection } = parse(query);
    expect(toSelectionParams(selection).toString()).toBe(query);
    expect(toSelectionParams(parse('level=province').selection).toString()).toBe('');
  });

  it('keeps parameters it does not own', () => {
    const params = toSelectionParams(parse('year=2024').selection, new URLSearchParams('tab=table&year=1'));
    expect(params.toString()).toBe('tab=table&year=2024');
  });
});
