import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { observationFileSchema, observationSchema } from '../../src/data/schemas/observation-schema';
import { checkObservations } from '../../src/domain/check-observations';
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import type { Region, RegionCode } from '../../src/domain/region';
import { buildBundle, sourceFilesUsed } from './build-bundle';
import { AREA_DATA, BUNDLE_DIR, readBundleJson, readCsvRecords, readText, SOURCES } from './bundle-files';

const regions = readBundleJson('regions.json') as Region[];
const indicators = readBundleJson('indicators.json') as Indicator[];
const files = new Map(
  indicators.map((i) => [
    i.id,
    readBundleJson(`observations/${i.id}.json`) as { indicator: string; observations: Observation[] },
  ]),
);
const observationsOf = (id: string): Observation[] => files.get(id)?.observations ?? [];
const key = (region: string, year: number | string) => `${region}|${year}`;

/**
 * Which rows of which fact table each indicator must hold, written out here independently of the
 * build's rules. A row is usable when it has a value; EPPD rows without a score are published as null.
 */
const FACT_TABLES: readonly FactTable[] = [
  { indicator: 'ipm', file: 'ipm.csv', where: (r: Row) => r.series!.includes('var 413') },
  { indicator: 'ipm-lf2020', file: 'ipm.csv', where: (r: Row) => r.series!.includes('Long Form SP2020') },
  { indicator: 'poverty-rate', file: 'poverty.csv' },
  { indicator: 'population', file: 'population.csv' },
  { indicator: 'area', file: 'area.csv' },
  { indicator: 'spbe-index', file: 'spbe.csv' },
  { indicator: 'ombudsman-score', file: 'ombudsman.csv', value: 'score' },
  { indicator: 'ipp', file: 'ipp.csv' },
  { indicator: 'eppd', file: 'eppd.csv', year: 'eval_year', value: 'score', blankIsNull: true },
  {
    indicator: 'smart-city-cohort',
    file: 'smart_city_participants.csv',
    year: 'year_joined',
    value: 'year_joined',
  },
];

type Row = Record<string, string>;
interface FactTable {
  indicator: string;
  file: string;
  where?: (row: Row) => boolean;
  year?: string;
  value?: string;
  blankIsNull?: boolean;
}

function factTable(indicator: string): FactTable {
  const table = FACT_TABLES.find((t) => t.indicator === indicator);
  if (!table) throw new Error(`no fact table for ${indicator}`);
  return table;
}

function expectedRows(table: FactTable): Map<string, { value: number | null; row: Row }> {
  const expected = new Map<string, { value: number | null; row: Row }>();
  for (const row of readCsvRecords(join(SOURCES, table.file))) {
    if (table.where && !table.where(row)) continue;
    const raw = row[table.value ?? 'value'] ?? '';
    if (raw === '' && !table.blankIsNull) continue;
    const year = row[table.year ?? 'year'] ?? '';
    if (year === '') continue;
    expected.set(key(row.region_code!, year), { value: raw === '' ? null : Number(raw), row });
  }
  return expected;
}

describe('observation files', () => {
  it('exist for exactly the indicators in indicators.json', () => {
    const names = readdirSync(join(BUNDLE_DIR, 'observations')).sort();
    expect(names).toEqual(indicators.map((i) => `${i.id}.json`).sort());
  });

  it.each(indicators.map((i) => [i.id, i] as const))(
    '%s validates row by row and passes the app checks',
    (id, indicator) => {
      const file = files.get(id);
      expect(observationFileSchema.safeParse(file).success).toBe(true);
      expect(file?.indicator).toBe(id);
      for (const observation of file?.observations ?? []) {
        const result = observationSchema.safeParse(observation);
        expect(result.success, JSON.stringify(observation)).toBe(true);
      }
      const known = new Set(regions.map((r) => r.code));
      expect(checkObservations(file?.observations ?? [], indicator, known).issues).toEqual([]);
    },
  );

  it.each(indicators.map((i) => [i.id] as const))(
    '%s is sorted by region code (Indonesia first), then year',
    (id) => {
      const rank = (code: string) => (code === 'ID' ? '' : code);
      const rows = observationsOf(id);
      rows.slice(1).forEach((o, i) => {
        const previous = rows[i]!;
        const inOrder =
          rank(previous.region) < rank(o.region) || (previous.region === o.region && previous.year < o.year);
        expect(inOrder, `${previous.region} ${previous.year} before ${o.region} ${o.year}`).toBe(true);
      });
    },
  );

  it('never publishes a gap without a note, and publishes gaps only for EPPD', () => {
    for (const [id, file] of files) {
      for (const o of file.observations.filter((o) => o.value === null)) {
        expect(id).toBe('eppd');
        expect(o.note).toMatch(/tidak dinilai/);
      }
    }
  });

  it('stays small: at most 50 KB gzipped per file', () => {
    for (const indicator of indicators) {
      const text = readText(join(BUNDLE_DIR, 'observations', `${indicator.id}.json`));
      expect(gzipSync(text).length, indicator.id).toBeLessThanOrEqual(50 * 1024);
    }
  });
});

describe('bundled values and the fact tables in data/sources', () => {
  it('reads every row of ipm.csv into one of the two IPM series', () => {
    const rows = readCsvRecords(join(SOURCES, 'ipm.csv'));
    const count = (id: string) => rows.filter(factTable(id).where!).length;
    expect(count('ipm') + count('ipm-lf2020')).toBe(rows.length);
  });

  it.each(FACT_TABLES.map((t) => [t.indicator, t] as const))(
    '%s: every bundled value equals its source row, and every usable row is bundled',
    (id, table) => {
      const expected = expectedRows(table);
      const bundled = observationsOf(id);
      expect(bundled.length).toBe(expected.size);
      for (const observation of bundled) {
        const source = expected.get(key(observation.region, observation.year));
        expect(source, `${id} ${observation.region} ${observation.year} has no source row`).toBeDefined();
        expect(observation.value).toBe(source?.value);
        const url = source?.row.source_url ?? '';
        if (url.startsWith('http')) expect(observation.source?.url).toBe(url);
        else expect(observation.source?.url).toBeUndefined();
      }
      const bundledKeys = new Set(bundled.map((o) => key(o.region, o.year)));
      for (const k of expected.keys()) expect(bundledKeys.has(k), `${id} ${k} not bundled`).toBe(true);
    },
  );

  it('population-density is population ÷ area for every region that has both, and only those', () => {
    const population = expectedRows(factTable('population'));
    const area = new Map(
      [...expectedRows(factTable('area')).values()].map(({ value, row }) => [
        row.region_code!,
        { value, year: row.year },
      ]),
    );
    const expected = new Map<string, number>();
    for (const { value, row } of population.values()) {
      const land = area.get(row.region_code!);
      if (value !== null && land?.value)
        expected.set(key(row.region_code!, row.year!), Math.round((value / land.value) * 100) / 100);
    }
    const density = observationsOf('population-density');
    expect(density).toHaveLength(552);
    expect(new Map(density.map((o) => [key(o.region, o.year), o.value]))).toEqual(expected);
    for (const o of density) {
      expect(o.flags).toEqual(['derived']);
      expect(o.note).toMatch(/^population 2025 \(Kemendagri\) ÷ area 2024 \(BIG\)/);
    }
  });
});

describe('coverage', () => {
  const regencies = regions
    .filter((r) => r.level === 'regency')
    .map((r) => r.code as string)
    .sort();

  it.each(['ipm', 'poverty-rate'])(
    '%s covers all 514 regencies/cities in each of 2021–2024, and Indonesia',
    (id) => {
      for (const year of [2021, 2022, 2023, 2024]) {
        const inYear = observationsOf(id).filter((o) => o.year === year);
        expect(
          inYear
            .filter((o) => o.region.includes('.'))
            .map((o) => o.region as string)
            .sort(),
        ).toEqual(regencies);
        expect(inYear.some((o) => o.region === 'ID')).toBe(true);
      }
    },
  );

  it('publishes provinces as BPS lists them: 34 before the new Papua provinces appear, 38 after', () => {
    const provincesIn = (id: string, year: number) =>
      observationsOf(id).filter((o) => o.year === year && /^\d{2}$/.test(o.region)).length;
    expect([2021, 2022, 2023, 2024].map((y) => provincesIn('ipm', y))).toEqual([34, 38, 38, 38]);
    expect([2021, 2022, 2023, 2024].map((y) => provincesIn('poverty-rate', y))).toEqual([34, 34, 34, 38]);
  });
});

describe('flags', () => {
  const flagged = (flag: string) =>
    [...files].flatMap(([id, file]) =>
      file.observations
        .filter((o) => o.flags?.includes(flag as never))
        .map((o) => `${id} ${o.region} ${o.year}`),
    );

  it('marks exactly the Papua/Papua Barat province rows on the pre-2022 boundary', () => {
    expect(flagged('old-boundary').sort()).toEqual(
      [
        'ipm 91 2021',
        'ipm 92 2021',
        'ipm-lf2020 91 2023',
        'poverty-rate 91 2021',
        'poverty-rate 91 2022',
        'poverty-rate 91 2023',
        'poverty-rate 92 2021',
        'poverty-rate 92 2022',
        'poverty-rate 92 2023',
        'ombudsman-score 91 2021',
        'ombudsman-score 91 2022',
        'ombudsman-score 92 2021',
        'ombudsman-score 92 2022',
      ].sort(),
    );
  });

  it('agrees with the BPS notes that say "pre-2022 boundary"', () => {
    const noted = ['ipm.csv', 'poverty.csv'].flatMap((file) =>
      readCsvRecords(join(SOURCES, file))
        .filter((r) => r.note?.includes('pre-2022 boundary'))
        .map((r) => `${r.region_code} ${r.year}`),
    );
    const bpsFlagged = flagged('old-boundary')
      .filter((f) => !f.startsWith('ombudsman'))
      .map((f) => f.split(' ').slice(1).join(' '));
    expect(bpsFlagged.sort()).toEqual(noted.sort());
  });

  it('marks SPBE values whose predicate the source did not state', () => {
    const derivedRows = readCsvRecords(join(SOURCES, 'spbe.csv'))
      .filter((r) => r.predicate_basis === 'derived_from_official_threshold')
      .map((r) => `spbe-index ${r.region_code} ${r.year}`);
    expect(derivedRows.length).toBeGreaterThan(0);
    expect(flagged('derived-class').sort()).toEqual(derivedRows.sort());
  });

  it('marks years the source implies rather than states', () => {
    const inferred = [
      ...readCsvRecords(join(SOURCES, 'spbe.csv')).map((r) => ['spbe-index', r] as const),
      ...readCsvRecords(join(SOURCES, 'ombudsman.csv'))
        .filter((r) => r.score !== '')
        .map((r) => ['ombudsman-score', r] as const),
    ]
      .filter(([, r]) => /year inferred/i.test(r.note ?? ''))
      .map(([id, r]) => `${id} ${r.region_code} ${r.year}`);
    expect(inferred).toHaveLength(4);
    expect(flagged('inferred-year').sort()).toEqual(inferred.sort());
  });
});

describe('the committed bundle', () => {
  it('is what `npm run data:build` makes from data/sources today', () => {
    const bundle = buildBundle({
      provincesCsv: readText(join(AREA_DATA, 'provinces.csv')),
      regenciesCsv: readText(join(AREA_DATA, 'regencies.csv')),
      sources: Object.fromEntries(sourceFilesUsed().map((f) => [f, readText(join(SOURCES, f))])),
    });
    expect(bundle.issues).toEqual([]);
    for (const [path, text] of bundle.files) {
      expect(readText(join(BUNDLE_DIR, path)) === text, `${path} is stale: run npm run data:build`).toBe(
        true,
      );
    }
  });

  it('only uses region codes known to regions.json, also in the PDRB tables kept for later', () => {
    const known = new Set<string>(regions.map((r) => r.code));
    for (const file of ['pdrb_sector.csv', 'pdrb_national.csv']) {
      const unknown = readCsvRecords(join(SOURCES, file)).filter((r) => !known.has(r.region_code ?? ''));
      expect(unknown, file).toEqual([]);
    }
    expect(known.has('ID' as RegionCode)).toBe(true);
  });
});
