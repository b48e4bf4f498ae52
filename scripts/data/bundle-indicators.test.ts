import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorSchema } from '../../src/data/schemas/indicator-schema';
import type { Band, Indicator } from '../../src/domain/indicator';
import { BUNDLE_DIR, readBundleJson } from './bundle-files';

const indicators = readBundleJson('indicators.json') as Indicator[];

function expectContiguous(bands: readonly Band[]) {
  expect(bands[0]?.from).toBeNull();
  expect(bands.at(-1)?.to).toBeNull();
  bands.slice(1).forEach((band, i) => expect(band.from).toBe(bands[i]?.to));
}

describe('indicators.json', () => {
  it('lists at least 8 indicators with unique ids', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(8);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
  });

  it.each(indicators.map((i) => [i.id, i] as const))(
    '%s validates and has both languages and a source',
    (_, indicator) => {
      expect(indicatorSchema.safeParse(indicator).success).toBe(true);
      for (const text of [indicator.name, indicator.unit, indicator.description]) {
        expect(text.id.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(indicator.source.name.trim()).not.toBe('');
      expect(indicator.range).toBeDefined();
      expect(existsSync(join(BUNDLE_DIR, 'observations', `${indicator.id}.json`))).toBe(true);
    },
  );

  it('keeps the two IPM series apart', () => {
    expect(indicators.map((i) => i.id)).toEqual(expect.arrayContaining(['ipm', 'ipm-lf2020']));
  });

  it('marks density as derived and only density', () => {
    expect(indicators.filter((i) => i.derived).map((i) => i.id)).toEqual(['population-density']);
  });

  it('gives contiguous bands: from the previous "to", open at both ends', () => {
    for (const indicator of indicators) {
      if (indicator.bands) expectContiguous(indicator.bands);
      for (const set of indicator.bandSets ?? []) expectContiguous(set.bands);
    }
  });

  it('has the official SPBE predicates', () => {
    const spbe = indicators.find((i) => i.id === 'spbe-index');
    expect(spbe?.bands?.map((b) => [b.from, b.to, b.label.id])).toEqual([
      [null, 1.8, 'Kurang'],
      [1.8, 2.6, 'Cukup'],
      [2.6, 3.5, 'Baik'],
      [3.5, 4.2, 'Sangat Baik'],
      [4.2, null, 'Memuaskan'],
    ]);
    expect(spbe?.range).toEqual({ min: 1, max: 5 });
  });

  it('splits Ombudsman classes at the 2022 method change and names each zone colour', () => {
    const ombudsman = indicators.find((i) => i.id === 'ombudsman-score');
    const [before, after] = ombudsman?.bandSets ?? [];
    expect([before?.fromYear, before?.toYear, after?.fromYear, after?.toYear]).toEqual([
      2018, 2021, 2022, 2024,
    ]);
    expect(before?.bands.map((b) => [b.from, b.to])).toEqual([
      [null, 51],
      [51, 81],
      [81, null],
    ]);
    expect(after?.bands.map((b) => [b.from, b.to, b.label.id[0]])).toEqual([
      [null, 32, 'E'],
      [32, 54, 'D'],
      [54, 78, 'C'],
      [78, 88, 'B'],
      [88, null, 'A'],
    ]);
    for (const band of [...(before?.bands ?? []), ...(after?.bands ?? [])]) {
      expect(band.label.id).toMatch(/hijau|kuning|merah/i);
      expect(band.label.en).toMatch(/green|yellow|red/i);
    }
  });
});
