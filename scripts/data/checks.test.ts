import { describe, expect, it } from 'vitest';
import {
  checkKnownRegion,
  checkRange,
  checkRegionName,
  findDuplicates,
  formatIssue,
  parseDecimal,
  parseYear,
} from './checks';

const regions = new Map([
  ['61', { code: '61', name: 'Kalimantan Barat' }],
  ['61.11', { code: '61.11', name: 'Kabupaten Kayong Utara' }],
]);

describe('parseDecimal', () => {
  it('reads plain decimals with "." as separator', () => {
    expect(parseDecimal('8.84', 'value')).toEqual({ ok: true, value: 8.84 });
    expect(parseDecimal('80', 'value')).toEqual({ ok: true, value: 80 });
    expect(parseDecimal('0.3822', 'score')).toEqual({ ok: true, value: 0.3822 });
  });

  it.each(['52,93', '12%', 'n/a', '-', '1e3', '', ' '])('refuses %j', (raw) => {
    expect(parseDecimal(raw, 'score')).toEqual({
      ok: false,
      reason: `score "${raw}" is not a number (expected digits with "." for decimals)`,
    });
  });
});

describe('parseYear', () => {
  it('reads four-digit years and refuses anything else', () => {
    expect(parseYear('2024', 'year')).toEqual({ ok: true, value: 2024 });
    expect(parseYear('24', 'year')).toEqual({ ok: false, reason: 'year "24" is not a four-digit year' });
    expect(parseYear('', 'year_joined')).toEqual({
      ok: false,
      reason: 'year_joined "" is not a four-digit year',
    });
  });
});

describe('checkKnownRegion', () => {
  it('accepts idn-area-data codes and names the unknown one', () => {
    expect(checkKnownRegion('61.11', regions)).toBeUndefined();
    expect(checkKnownRegion('61.99', regions)).toBe('unknown region code "61.99" (not in idn-area-data)');
    expect(checkKnownRegion('6111', regions)).toBe('unknown region code "6111" (not in idn-area-data)');
  });
});

describe('checkRegionName', () => {
  it('accepts the idn-area-data name, with or without "Provinsi "', () => {
    expect(checkRegionName('61', 'Kalimantan Barat', regions)).toBeUndefined();
    expect(checkRegionName('61', 'Provinsi Kalimantan Barat', regions)).toBeUndefined();
    expect(checkRegionName('61.11', 'Kabupaten Kayong Utara', regions)).toBeUndefined();
  });

  it('catches a value filed under the wrong code', () => {
    expect(checkRegionName('61.11', 'Kabupaten Sambas', regions)).toBe(
      'region name "Kabupaten Sambas" does not match "Kabupaten Kayong Utara", the idn-area-data name of 61.11',
    );
  });
});

describe('checkRange', () => {
  const poverty = { id: 'poverty-rate', range: { min: 0, max: 100 } };

  it('accepts the bounds themselves and null', () => {
    expect(checkRange(poverty, '61', 2024, 0)).toBeUndefined();
    expect(checkRange(poverty, '61', 2024, 100)).toBeUndefined();
    expect(checkRange(poverty, '61', 2024, null)).toBeUndefined();
  });

  it('names indicator, region, year and range of a value outside it', () => {
    expect(checkRange(poverty, '61.11', 2024, 140)).toBe(
      'poverty-rate value 140 for 61.11 in 2024 is outside the range 0…100',
    );
    expect(checkRange({ id: 'population', range: { min: 0, max: null } }, 'ID', 2025, -5)).toBe(
      'population value -5 for ID in 2025 is outside the range 0…∞',
    );
  });

  it('does not check an indicator without a range', () => {
    expect(checkRange({ id: 'x' }, '61', 2024, 1e9)).toBeUndefined();
  });
});

describe('findDuplicates', () => {
  it('reports each repeat of (indicator, region, year) against the first occurrence', () => {
    const at = (line: number) => ({ file: 'data/sources/ipm.csv', line });
    const issues = findDuplicates([
      { indicator: 'ipm', region: '61.11', year: 2024, origin: at(10) },
      { indicator: 'ipm', region: '61.11', year: 2023, origin: at(11) },
      { indicator: 'ipm-lf2020', region: '61.11', year: 2024, origin: at(12) },
      { indicator: 'ipm', region: '61.11', year: 2024, origin: at(40) },
    ]);
    expect(issues.map(formatIssue)).toEqual([
      'data/sources/ipm.csv:40: duplicate ipm value for 61.11 in 2024 (first at data/sources/ipm.csv:10)',
    ]);
  });
});
