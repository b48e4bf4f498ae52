import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeOf, type Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import { readBundleJson, readCsvRecords, SOURCES } from './bundle-files';

const indicators = readBundleJson('indicators.json') as Indicator[];
const observationsOf = (id: string) =>
  (readBundleJson(`observations/${id}.json`) as { observations: Observation[] }).observations;

/** The seven 2024 tables of the issue, with the rows each must serve, written out by hand. */
const TABLES = [
  ['improved-sanitation', 'sanitasi_layak.csv', 511],
  ['improved-drinking-water', 'air_minum_layak.csv', 512],
  ['expected-years-schooling', 'hls.csv', 514],
  ['mean-years-schooling', 'rls.csv', 514],
  ['life-expectancy', 'uhh_var414.csv', 514],
  ['adjusted-expenditure', 'pengeluaran_per_kapita.csv', 514],
  ['poverty-gap-index', 'poverty_gap_p1.csv', 514],
] as const;

describe('basic services and IPM components (2024, kabupaten/kota)', () => {
  it.each(TABLES)('%s serves every row of %s exactly, with its BPS source and grade', (id, file, count) => {
    const indicator = indicators.find((i) => i.id === id)!;
    const csv = readCsvRecords(join(SOURCES, file));
    const bundled = observationsOf(id);
    expect(csv).toHaveLength(count);
    expect(bundled).toHaveLength(count);
    const byKey = new Map(bundled.map((o) => [`${o.region}|${o.year}`, o]));
    for (const row of csv) {
      const o = byKey.get(`${row.region_code}|${row.year}`);
      expect(o, `${id} ${row.region_code}`).toBeDefined();
      expect(o?.value).toBe(Number(row.value));
      expect(o?.source?.url).toBe(row.source_url);
      expect(o?.source?.name).toMatch(/^BPS Query Builder/);
      expect(gradeOf(indicator, o!)).toBe('secondary');
    }
    expect(indicator.source.name).toMatch(/^BPS – /);
  });

  it('keeps the five empty Papua cells as gaps, never as zeros', () => {
    const regionsOf = (id: string) => new Set<string>(observationsOf(id).map((o) => o.region));
    const sanitation = regionsOf('improved-sanitation');
    for (const code of ['95.04', '95.05', '94.05']) expect(sanitation.has(code)).toBe(false);
    const water = regionsOf('improved-drinking-water');
    for (const code of ['95.05', '95.07']) expect(water.has(code)).toBe(false);
  });

  it('serves Kabupaten Kayong Utara as BPS publishes it', () => {
    const valueOf = (id: string) => observationsOf(id).find((o) => o.region === '61.11')?.value;
    expect(TABLES.map(([id]) => valueOf(id))).toEqual([73, 98.26, 12.2, 6.54, 69.51, 9016, 1.63]);
  });

  it('puts sanitation, water, schooling and life expectancy in the basic-services dimension', () => {
    const basic = indicators.filter((i) => i.category === 'basic-services').map((i) => i.id);
    expect(basic).toEqual([
      'improved-sanitation',
      'improved-drinking-water',
      'expected-years-schooling',
      'mean-years-schooling',
      'life-expectancy',
    ]);
  });
});
