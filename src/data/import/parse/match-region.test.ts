import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Region, RegionCode } from '../../../domain/region';
import { createRegionMatcher, normalizeRegionCode, type RegionMatch } from './match-region';

const regions = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/data/v1/regions.json'), 'utf8'),
) as Region[];
const matcher = createRegionMatcher(regions);
const codes = (match: RegionMatch) =>
  match.status === 'matched'
    ? match.region.code
    : match.status === 'ambiguous'
      ? match.candidates.map((r) => r.code)
      : match.suggestions.map((r) => `?${r.code}`);

describe('normalizeRegionCode', () => {
  it('reads codes as spreadsheets and BPS write them', () => {
    expect(normalizeRegionCode('61.11')).toBe('61.11');
    expect(normalizeRegionCode('6111')).toBe('61.11');
    expect(normalizeRegionCode('61.1')).toBe('61.10'); // a spreadsheet drops the trailing zero
    expect(normalizeRegionCode('id')).toBe('ID');
    expect(normalizeRegionCode('Kayong Utara')).toBeNull();
  });
});

describe('createRegionMatcher', () => {
  it('matches codes and names with or without the administrative prefix', () => {
    expect(codes(matcher.match('6111'))).toBe('61.11');
    expect(codes(matcher.match('Kayong Utara'))).toBe('61.11');
    expect(codes(matcher.match('Kab. Kayong Utara'))).toBe('61.11');
    expect(codes(matcher.match('KABUPATEN KAYONG UTARA'))).toBe('61.11');
    expect(codes(matcher.match('Kota Bandung'))).toBe('32.73');
    expect(codes(matcher.match('Indonesia'))).toBe('ID');
  });

  it('offers both readings of a shared name, the likelier first', () => {
    expect(codes(matcher.match('Bandung'))).toEqual(['32.04', '32.73']);
    // Capitals are how BPS writes a province's own row.
    expect(codes(matcher.match('BENGKULU'))).toEqual(['17', '17.71']);
    expect(codes(matcher.match('Gorontalo'))).toEqual(['75.01', '75', '75.71']);
  });

  it('says a code is unknown and suggests regions for a misspelt name', () => {
    expect(codes(matcher.match('99.99'))).toEqual([]);
    expect(codes(matcher.match('Kayong Utra'))).toEqual(['?61.11']);
  });
});

describe('names as BPS and Bappeda write them', () => {
  it.each([
    ['DKI JAKARTA', '31'],
    ['D I YOGYAKARTA', '34'],
    ['KEP. BANGKA BELITUNG', '19'],
    ['Kep. Seribu', '31.01'],
    ['Kota Jakarta Selatan', '31.74'],
    ['Kota Makasar', '73.71'],
    ['Fakfak', '92.03'],
    ['Kota Baubau', '74.72'],
    ['Kota Lubuklinggau', '16.73'],
    ['Tulangbawang', '18.05'],
    ['Labuhan Batu', '12.10'],
    ['Gunung Kidul', '34.03'],
    ['Kota Sawah Lunto', '13.73'],
    ['Toba Samosir', '12.12'],
    ['Maluku Tenggara Barat', '81.03'],
    ['Kota Baru', '63.02'],
  ])('%s is %s', (text, code) => {
    expect(codes(matcher.match(text))).toBe(code);
  });

  it('under a province heading, reads a bare name as that province kabupaten', () => {
    expect(codes(matcher.match('Batang Hari', '15' as RegionCode))).toBe('15.04');
    expect(codes(matcher.match('Bengkulu Selatan', '17' as RegionCode))).toBe('17.01');
    expect(codes(matcher.match('Gorontalo', '75' as RegionCode))).toBe('75.01');
  });

  it('keeps suggestions inside the province and the kind', () => {
    expect(codes(matcher.match('Gunung Kiddul', '34' as RegionCode))).toEqual(['?34.03']);
    expect(codes(matcher.match('Batang Harri', '15' as RegionCode))).toEqual(['?15.04']);
  });
});
