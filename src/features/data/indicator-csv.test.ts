import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { Region, RegionCode } from '../../domain/region';
import { indexRegions } from '../../domain/region-index';
import { INDICATOR_CSV_HEADER, indicatorToCsv } from './indicator-csv';

const ombudsman = {
  id: 'ombudsman-score',
  unit: { id: 'nilai (0–100)', en: 'score (0–100)' },
  source: { name: 'Ombudsman RI', grade: 'press' },
  categories: [
    { id: 'merah', label: { id: 'Zona merah', en: 'Red zone' }, order: 0 },
    { id: 'hijau', label: { id: 'Zona hijau', en: 'Green zone' }, order: 1 },
  ],
} as Indicator;
const region = (code: string, name: string): Region => ({
  code: code as RegionCode,
  name,
  level: 'regency',
  parent: '61' as RegionCode,
  kind: 'kabupaten',
});
const index = indexRegions([region('61.01', 'Kabupaten Sambas'), region('61.11', 'Kabupaten Kayong Utara')]);
const rows: Observation[] = [
  { region: '61.11' as RegionCode, year: 2023, value: null, category: 'hijau' },
  {
    region: '61.01' as RegionCode,
    year: 2022,
    value: 81.5,
    category: 'hijau',
    source: { name: 'ombudsman.go.id', url: 'https://ombudsman.go.id/x', grade: 'official' },
  },
];

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);

describe('indicatorToCsv', () => {
  it('ends each row with the category and the grade, after the columns it always had', () => {
    expect(INDICATOR_CSV_HEADER.slice(-3)).toEqual(['flags', 'category', 'grade']);
    const [header, sambas, kayong] = lines(indicatorToCsv(ombudsman, rows, index, 'en'));
    expect(header).toBe(INDICATOR_CSV_HEADER.join(','));
    expect(sambas).toBe(
      '61.01,Kabupaten Sambas,regency,2022,81.5,score (0–100),ombudsman.go.id,https://ombudsman.go.id/x,,,Green zone,official',
    );
    // A zone without a score: the value stays empty, the grade is the indicator's.
    expect(kayong).toBe(
      '61.11,Kabupaten Kayong Utara,regency,2023,,score (0–100),Ombudsman RI,,,,Green zone,press',
    );
  });

  it('names the zone in Indonesian for an Indonesian file', () => {
    const [, , kayong] = lines(indicatorToCsv(ombudsman, rows, index, 'id'));
    expect(kayong?.split(';').slice(-2)).toEqual(['Zona hijau', 'press']);
  });
});
