import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/indicator';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import { indexRegions } from '../../../domain/region-index';
import { buildMissingReport, DEFAULT_MISSING_FILTER, type MissingFilter } from './missing-report';

const region = (code: string, name: string, parent: string | null): Region =>
  ({
    code,
    name,
    parent,
    level: parent === null ? 'country' : code.includes('.') ? 'regency' : 'province',
    kind: code.includes('.') ? 'kabupaten' : 'provinsi',
  }) as Region;
const index = indexRegions([
  region('ID', 'Indonesia', null),
  region('94', 'Papua Tengah', 'ID'),
  region('95', 'Papua Pegunungan', 'ID'),
  region('94.05', 'Kabupaten Puncak', '94'),
  region('95.04', 'Kabupaten Tolikara', '95'),
  region('95.07', 'Kabupaten Lanny Jaya', '95'),
]);
const indicator = (id: string) => ({ id, name: { id, en: id } }) as Indicator;
const INDICATORS = [indicator('improved-sanitation'), indicator('ipm')];
const o = (code: string, year: number, value: number | null, category?: string): Observation => ({
  region: code as RegionCode,
  year,
  value,
  ...(category ? { category } : {}),
});
const observationsById = new Map<string, Observation[]>([
  // Sanitation 2024: Tolikara and Puncak have no row; Lanny Jaya 3.07 % as published.
  ['improved-sanitation', [o('95.07', 2024, 3.07), o('95', 2024, 40)]],
  [
    'ipm',
    [
      o('94.05', 2023, 46),
      o('94.05', 2024, 47),
      o('95.04', 2024, 52.05),
      o('95.07', 2023, null, 'zone'),
      o('95.04', 2023, null),
    ],
  ],
]);
const report = (filter: Partial<MissingFilter>) =>
  buildMissingReport({
    index,
    indicators: INDICATORS,
    observationsById,
    filter: { ...DEFAULT_MISSING_FILTER, ...filter },
  });

describe('buildMissingReport', () => {
  it('lists the regencies without sanitation in 2024, emptiest first', () => {
    const r = report({ indicator: 'improved-sanitation', year: 2024 });
    expect(r.rows.map((row) => [row.region.name, row.gaps.length])).toEqual([
      ['Kabupaten Puncak', 1],
      ['Kabupaten Tolikara', 1],
      ['Kabupaten Lanny Jaya', 0],
    ]);
    expect([r.cells, r.gapCount]).toEqual([3, 2]);
  });

  it('counts a null as a gap and a published category as data', () => {
    const r = report({ indicator: 'ipm', year: 2023 });
    const gapsOf = (name: string) => r.rows.find((row) => row.region.name === name)?.gaps.length;
    expect([
      gapsOf('Kabupaten Tolikara'),
      gapsOf('Kabupaten Lanny Jaya'),
      gapsOf('Kabupaten Puncak'),
    ]).toEqual([1, 0, 0]);
  });

  it('only counts years an indicator has at that level: no province row makes a regency gap', () => {
    const r = report({});
    // sanitation 2024, ipm 2024, ipm 2023 (Lanny Jaya's zone counts as data in 2023).
    expect(
      r.rows.map((row) => [row.region.code, row.gaps.map((g) => `${g.indicator.id} ${g.year}`)]),
    ).toEqual([
      ['95.04', ['improved-sanitation 2024', 'ipm 2023']],
      // One gap each: by name, Lanny Jaya before Puncak.
      ['95.07', ['ipm 2024']],
      ['94.05', ['improved-sanitation 2024']],
    ]);
    expect(r.years).toEqual([2024, 2023]);
  });

  it('filters by province and by level', () => {
    expect(report({ province: '95' as RegionCode }).rows.map((r) => r.region.code)).toEqual([
      '95.04',
      '95.07',
    ]);
    const provinces = report({ level: 'province', indicator: 'improved-sanitation' });
    expect(provinces.rows.map((r) => [r.region.code, r.gaps.length])).toEqual([
      ['94', 1],
      ['95', 0],
    ]);
  });

  it('handles 514 regions × 20 indicators × 4 years quickly', () => {
    const regencies = Array.from({ length: 514 }, (_, i) =>
      region(`11.${String(i).padStart(3, '0')}`, `R${i}`, '11'),
    );
    const bigIndex = indexRegions([
      region('ID', 'Indonesia', null),
      region('11', 'Aceh', 'ID'),
      ...regencies,
    ]);
    const indicators = Array.from({ length: 20 }, (_, i) => indicator(`i${i}`));
    const big = new Map(
      indicators.map((ind, i) => [
        ind.id,
        regencies.flatMap((r, j) =>
          [2021, 2022, 2023, 2024].filter((y) => (i + j + y) % 5 !== 0).map((y) => o(r.code, y, 1)),
        ),
      ]),
    );
    const started = performance.now();
    const r = buildMissingReport({
      index: bigIndex,
      indicators,
      observationsById: big,
      filter: DEFAULT_MISSING_FILTER,
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.cells).toBe(514 * 20 * 4);
    expect(r.gapCount).toBeGreaterThan(0);
  });
});
