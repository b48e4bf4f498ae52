import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { observationFileSchema, observationSchema } from '../../src/data/schemas/observation-schema';
import { checkObservations } from '../../src/domain/check-observations';
import { gradeOf, type Indicator } from '../../src/domain/indicator';
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
 * build's rules. A row is usable when it has a value; EPPD rows without a score are published as null,
 * and so are Ombudsman rows that give a zone but no score. Unemployment comes from two tables.
 */
const FACT_TABLES: readonly FactTable[] = [
  { indicator: 'ipm', file: 'ipm.csv', where: (r: Row) => r.series!.includes('var 413') },
  { indicator: 'ipm-lf2020', file: 'ipm.csv', where: (r: Row) => r.series!.includes('Long Form SP2020') },
  { indicator: 'poverty-rate', file: 'poverty.csv' },
  { indicator: 'unemployment-rate', file: 'tpt.csv' },
  { indicator: 'unemployment-rate', file: 'tpt_regency.csv' },
  { indicator: 'unemployment-rate', file: 'tpt_regency_2024.csv', fillsGapsOnly: true },
  { indicator: 'population', file: 'population.csv' },
  { indicator: 'area', file: 'area.csv' },
  { indicator: 'spbe-index', file: 'spbe.csv' },
  {
    indicator: 'ombudsman-score',
    file: 'ombudsman.csv',
    value: 'score',
    blankIsNull: (r: Row) => r.zone !== '',
  },
  { indicator: 'ipp', file: 'ipp.csv' },
  { indicator: 'eppd', file: 'eppd.csv', year: 'eval_year', value: 'score', blankIsNull: true },
  {
    indicator: 'smart-city-cohort',
    file: 'smart_city_participants.csv',
    year: 'year_joined',
    value: 'year_joined',
  },
  { indicator: 'improved-sanitation', file: 'sanitasi_layak.csv' },
  { indicator: 'improved-drinking-water', file: 'air_minum_layak.csv' },
  { indicator: 'expected-years-schooling', file: 'hls.csv' },
  { indicator: 'mean-years-schooling', file: 'rls.csv' },
  { indicator: 'life-expectancy', file: 'uhh_var414.csv' },
  { indicator: 'adjusted-expenditure', file: 'pengeluaran_per_kapita.csv' },
  { indicator: 'poverty-gap-index', file: 'poverty_gap_p1.csv' },
];

type Row = Record<string, string>;
interface FactTable {
  indicator: string;
  file: string;
  where?: (row: Row) => boolean;
  year?: string;
  value?: string;
  blankIsNull?: boolean | ((row: Row) => boolean);
  /** Adds only region-years the earlier tables lack; where both have one, the values must agree. */
  fillsGapsOnly?: boolean;
}

function factTable(indicator: string): FactTable {
  const table = FACT_TABLES.find((t) => t.indicator === indicator);
  if (!table) throw new Error(`no fact table for ${indicator}`);
  return table;
}

const INDICATORS_WITH_TABLES = [...new Set(FACT_TABLES.map((t) => t.indicator))];

/** The usable rows of every table an indicator is read from, keyed by region and year. */
function expectedRows(indicator: string): Map<string, { value: number | null; row: Row; file: string }> {
  const expected = new Map<string, { value: number | null; row: Row; file: string }>();
  for (const table of FACT_TABLES.filter((t) => t.indicator === indicator)) {
    for (const row of readCsvRecords(join(SOURCES, table.file))) {
      if (table.where && !table.where(row)) continue;
      const raw = row[table.value ?? 'value'] ?? '';
      const blankIsNull =
        typeof table.blankIsNull === 'function' ? table.blankIsNull(row) : !!table.blankIsNull;
      if (raw === '' && !blankIsNull) continue;
      const year = row[table.year ?? 'year'] ?? '';
      if (year === '') continue;
      const k = key(row.region_code!, year);
      const earlier = expected.get(k);
      if (earlier && table.fillsGapsOnly) {
        if (earlier.value !== Number(raw)) throw new Error(`${indicator} ${k}: the tables disagree`);
        continue;
      }
      if (earlier) throw new Error(`${indicator} ${k} is in two tables`);
      expected.set(k, { value: raw === '' ? null : Number(raw), row, file: table.file });
    }
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

  it('publishes a gap only for an EPPD region not assessed, or an Ombudsman zone without a score', () => {
    for (const [id, file] of files) {
      for (const o of file.observations.filter((o) => o.value === null)) {
        if (id === 'eppd') expect(o.note).toMatch(/tidak dinilai/);
        else {
          expect(id).toBe('ombudsman-score');
          expect(o.category).toMatch(/^(merah|kuning|hijau)$/);
        }
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

  it.each(INDICATORS_WITH_TABLES)(
    '%s: every bundled value equals its source row, and every usable row is bundled',
    (id) => {
      const expected = expectedRows(id);
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
    const population = expectedRows('population');
    const area = new Map(
      [...expectedRows('area').values()].map(({ value, row }) => [
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
    expect([2021, 2022, 2023, 2024].map((y) => provincesIn('unemployment-rate', y))).toEqual([
      34, 34, 34, 10,
    ]);
  });

  it('unemployment-rate covers the regencies/cities the compilation has, and Indonesia every year', () => {
    const rows = observationsOf('unemployment-rate');
    const regenciesIn = (year: number) =>
      new Set(rows.filter((o) => o.year === year && o.region.includes('.')).map((o) => o.region));
    // 2024: the 411 of tpt_regency.csv plus the 103 that tpt_regency_2024.csv fills.
    expect([2021, 2022, 2023, 2024].map((y) => regenciesIn(y).size)).toEqual([513, 493, 499, 514]);
    const fromSupplement = rows.filter((o) => o.year === 2024 && o.source?.url?.includes('MercyCantik'));
    expect(fromSupplement).toHaveLength(103);
    // Pegunungan Arfak (92.12) has no value before 2024 in the compilation.
    const before2024 = new Set(
      rows.filter((o) => o.region.includes('.') && o.year < 2024).map((o) => o.region),
    );
    expect(before2024.size).toBe(513);
    expect(before2024.has('92.12' as RegionCode)).toBe(false);
    expect(rows.filter((o) => o.region === 'ID').map((o) => [o.year, o.value])).toEqual([
      [2021, 6.49],
      [2022, 5.86],
      [2023, 5.32],
      [2024, 4.91],
    ]);
    // The older table's 2024 gaps (all of Jambi, 15) are filled from the 2024 table; 2021 stays a gap.
    expect(fromSupplement.filter((o) => o.region.startsWith('15.'))).toHaveLength(11);
    expect(regenciesIn(2021).has('92.12' as RegionCode)).toBe(false);
    expect(rows.filter((o) => o.region.includes('.')).every((o) => o.value !== null)).toBe(true);
  });

  it('never sums regencies into a province: every province value is the one tpt.csv publishes', () => {
    const published = expectedRows('unemployment-rate');
    const provinces = observationsOf('unemployment-rate').filter((o) => !o.region.includes('.'));
    expect(provinces).toHaveLength(4 + 34 * 3 + 10);
    for (const o of provinces) expect(published.get(key(o.region, o.year))?.file).toBe('tpt.csv');
    // Jawa Barat 2023: BPS publishes 7.44; the regencies' mean would be something else entirely.
    expect(provinces.find((o) => o.region === '32' && o.year === 2023)?.value).toBe(7.44);
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
        'unemployment-rate 91 2021',
        'unemployment-rate 91 2022',
        'unemployment-rate 91 2023',
        'unemployment-rate 92 2021',
        'unemployment-rate 92 2022',
        'unemployment-rate 92 2023',
      ].sort(),
    );
  });

  it('agrees with the BPS notes that say "pre-2022 boundary"', () => {
    const noted = ['ipm.csv', 'poverty.csv', 'tpt.csv'].flatMap((file) =>
      readCsvRecords(join(SOURCES, file))
        .filter((r) => /pre-2022(-split)? boundar/.test(r.note ?? ''))
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
        .filter((r) => r.score !== '' || r.zone !== '')
        .map((r) => ['ombudsman-score', r] as const),
    ]
      .filter(([, r]) => /year inferred/i.test(r.note ?? ''))
      .map(([id, r]) => `${id} ${r.region_code} ${r.year}`);
    expect(inferred).toHaveLength(5);
    expect(flagged('inferred-year').sort()).toEqual(inferred.sort());
  });
});

describe('Ombudsman zones', () => {
  const csv = readCsvRecords(join(SOURCES, 'ombudsman.csv'));
  const bundled = new Map(observationsOf('ombudsman-score').map((o) => [key(o.region, o.year), o]));

  it('bundles every zone-only row as a zone without a number, and nothing else without a score', () => {
    const zoneOnly = csv.filter((r) => r.score === '' && r.zone !== '');
    expect(zoneOnly).toHaveLength(402);
    for (const r of zoneOnly) {
      const o = bundled.get(key(r.region_code!, r.year!));
      expect(o, `${r.region_code} ${r.year}`).toMatchObject({ value: null, category: r.zone });
    }
    const nulls = observationsOf('ombudsman-score').filter((o) => o.value === null);
    expect(nulls).toHaveLength(402);
    const byZone = (zone: string) => nulls.filter((o) => o.category === zone).length;
    expect([byZone('merah'), byZone('kuning'), byZone('hijau')]).toEqual([35, 135, 232]);
  });

  it('leaves out the 12 rows that give only a category opinion, neither score nor zone', () => {
    const neither = csv.filter((r) => r.score === '' && r.zone === '');
    expect(neither).toHaveLength(12);
    for (const r of neither) expect(bundled.has(key(r.region_code!, r.year!))).toBe(false);
  });

  it('gives a scored row its zone only where the source published it, not where it was derived', () => {
    for (const r of csv.filter((r) => r.score !== '')) {
      const o = bundled.get(key(r.region_code!, r.year!))!;
      expect(o.value).toBe(Number(r.score));
      const published = r.zone !== '' && r.zone_basis !== 'derived_from_score';
      expect(o.category, `${r.region_code} ${r.year}`).toBe(published ? r.zone : undefined);
    }
  });

  it('declares the zones worst first, and no observation names another category', () => {
    const ombudsman = indicators.find((i) => i.id === 'ombudsman-score')!;
    expect(ombudsman.categories?.map((c) => [c.id, c.order, c.label.id])).toEqual([
      ['merah', 0, 'Zona merah'],
      ['kuning', 1, 'Zona kuning'],
      ['hijau', 2, 'Zona hijau'],
    ]);
    for (const [id, file] of files) {
      const ids = new Set(indicators.find((i) => i.id === id)?.categories?.map((c) => c.id));
      for (const o of file.observations) if (o.category !== undefined) expect(ids.has(o.category)).toBe(true);
    }
  });
});

describe('source grades', () => {
  /** Written out here apart from the build: GitHub copies are secondary, the publishers' sites official. */
  const expectedGrade = (sourceUrl: string) => {
    if (!sourceUrl.startsWith('http')) return 'press';
    const host = new URL(sourceUrl).hostname.replace(/^www\./, '');
    if (host === 'github.com' || host === 'jurnal.kemendagri.go.id') return 'secondary';
    if (host === 'ombudsman.go.id' || host === 'bps.go.id') return 'official';
    return 'press';
  };

  it('states a grade for every indicator source', () => {
    for (const indicator of indicators) expect(indicator.source.grade, indicator.id).toBeDefined();
  });

  it.each(INDICATORS_WITH_TABLES)(
    '%s: every observation has the grade of the page it was read from',
    (id) => {
      const indicator = indicators.find((i) => i.id === id)!;
      const expected = expectedRows(id);
      for (const o of observationsOf(id)) {
        const row = expected.get(key(o.region, o.year))!.row;
        expect(gradeOf(indicator, o), `${id} ${o.region} ${o.year}`).toBe(
          expectedGrade(row.source_url ?? ''),
        );
        // A row repeats a grade only where it differs from its indicator's.
        if (o.source?.grade !== undefined) expect(o.source.grade).not.toBe(indicator.source.grade);
      }
    },
  );

  it('grades unemployment: regencies and provinces to 2023 secondary, the 2024 press list press', () => {
    const indicator = indicators.find((i) => i.id === 'unemployment-rate')!;
    const rows = observationsOf('unemployment-rate');
    const gradesOf = (pick: (o: Observation) => boolean) =>
      new Set(rows.filter(pick).map((o) => gradeOf(indicator, o)));
    expect(gradesOf((o) => o.region.includes('.'))).toEqual(new Set(['secondary']));
    expect(gradesOf((o) => !o.region.includes('.') && o.year < 2024)).toEqual(new Set(['secondary']));
    expect(gradesOf((o) => !o.region.includes('.') && o.year === 2024)).toEqual(new Set(['press']));
  });

  it('grades the density computed here like its inputs', () => {
    const density = indicators.find((i) => i.id === 'population-density')!;
    expect(observationsOf('population-density').every((o) => gradeOf(density, o) === 'secondary')).toBe(true);
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
