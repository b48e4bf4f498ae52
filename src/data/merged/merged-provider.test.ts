import { describe, expect, it, vi } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { RegionCode } from '../../domain/region';
import type { SectorValue } from '../../domain/sectors/sector-value';
import type { ImportedSet } from '../import/imported-set';
import type { DataProvider } from '../provider';
import { findConflicts } from './find-conflicts';
import { findSectorConflicts } from './find-sector-conflicts';
import { createMergedProvider } from './merged-provider';

const code = (c: string) => c as RegionCode;
const indicator = (id: string): Indicator => ({
  id,
  name: { id, en: id },
  unit: { id: '%', en: '%' },
  polarity: 'lower-is-better',
  category: 'living',
  decimals: 2,
  description: { id: '', en: '' },
  source: { name: 'BPS' },
});
const bundledPoverty: Observation[] = [
  { region: code('61.11'), year: 2024, value: 8.84 },
  { region: code('61.04'), year: 2024, value: 8.5 },
];
const imported = (o: Partial<Observation> & Pick<Observation, 'region' | 'year' | 'value'>): Observation => ({
  source: { name: 'Data impor: uji.csv' },
  flags: ['imported'],
  ...o,
});

function baseProvider(): DataProvider {
  return {
    regions: vi.fn(),
    boundaries: vi.fn(),
    indicators: vi.fn(async () => ({ rows: [indicator('poverty-rate')], issues: [] })),
    observations: vi.fn(async (id: string) => {
      if (id !== 'poverty-rate') throw new Error('404');
      return { rows: bundledPoverty, issues: [] };
    }),
    targets: vi.fn(async () => ({ rows: [{ region: code('61.11'), year: 2026, value: 8 }], issues: [] })),
  } as unknown as DataProvider;
}

const sets: ImportedSet[] = [
  {
    id: 's1',
    kind: 'indicator',
    fileName: 'uji.csv',
    importedAt: '2026-12-01T08:00:00.000Z',
    rowCount: 3,
    preferBundled: ['poverty-rate|61.04|2024'],
    indicators: [
      {
        definition: indicator('poverty-rate'),
        isNew: false,
        stated: { source: '', sourceUrl: '' },
        observations: [
          imported({ region: code('61.11'), year: 2024, value: 9 }),
          imported({ region: code('61.04'), year: 2024, value: 7 }),
          imported({ region: code('61.01'), year: 2024, value: 6.5 }),
        ],
      },
      {
        definition: { ...indicator('rumah-layak'), name: { id: 'Rumah layak (uji)', en: '' } },
        isNew: true,
        stated: { source: '', sourceUrl: '' },
        observations: [imported({ region: code('61.11'), year: 2023, value: 1234.5 })],
      },
    ],
  },
  {
    id: 's2',
    kind: 'targets',
    fileName: 'target.csv',
    importedAt: '2026-12-01T09:00:00.000Z',
    rowCount: 1,
    preferBundled: [],
    stated: { source: '', sourceUrl: '' },
    targets: [
      { indicator: 'poverty-rate', region: code('61.11'), year: 2026, value: 7.5, source: { name: 'x' } },
    ],
  },
];
const local = { ready: Promise.resolve(), sets: () => sets };

describe('createMergedProvider', () => {
  it('adds new imported indicators to the catalogue', async () => {
    const provider = createMergedProvider(baseProvider(), local);
    const { rows } = await provider.indicators();
    expect(rows.map((i) => i.id)).toEqual(['poverty-rate', 'rumah-layak']);
  });

  it('uses imported values over bundled ones except where the user chose the bundled value', async () => {
    const provider = createMergedProvider(baseProvider(), local);
    const { rows } = await provider.observations('poverty-rate');
    expect(rows.map((o) => [o.region, o.value, o.flags ?? []])).toEqual([
      ['61.11', 9, ['imported']],
      ['61.04', 8.5, []],
      ['61.01', 6.5, ['imported']],
    ]);
  });

  it('serves an imported-only indicator without asking the bundled API', async () => {
    const base = baseProvider();
    const provider = createMergedProvider(base, local);
    const { rows } = await provider.observations('rumah-layak');
    expect(rows).toEqual([imported({ region: code('61.11'), year: 2023, value: 1234.5 })]);
    expect(base.observations).not.toHaveBeenCalled();
  });

  it('fetches the bundled catalogue once however often the imports change', async () => {
    const base = baseProvider();
    const provider = createMergedProvider(base, local);
    await provider.indicators();
    await provider.indicators();
    await provider.observations('poverty-rate');
    await provider.observations('poverty-rate');
    expect(base.indicators).toHaveBeenCalledTimes(1);
    expect(base.observations).toHaveBeenCalledTimes(1);
  });

  it('puts imported targets over bundled ones for the same region-year', async () => {
    const provider = createMergedProvider(baseProvider(), local);
    const { rows } = await provider.targets!('poverty-rate');
    expect(rows).toEqual([{ region: '61.11', year: 2026, value: 7.5, source: { name: 'x' } }]);
  });
});

describe('createMergedProvider sectors', () => {
  const row = (region: string, sector: string, value: number) =>
    ({ region: code(region), year: 2024, basis: 'adhk', sector, value }) as SectorValue;
  const sectorSet = (id: string, values: SectorValue[]): ImportedSet => ({
    id,
    kind: 'sectors',
    fileName: `${id}.csv`,
    importedAt: '2026-12-01T08:00:00.000Z',
    rowCount: values.length,
    preferBundled: [],
    stated: { source: '', sourceUrl: '' },
    values: values.map((v) => ({ ...v, source: { name: `Data impor: ${id}.csv` } })),
  });

  it('replaces a bundled table whole and lets a later import replace an earlier one', async () => {
    const base = {
      ...baseProvider(),
      sectors: async () => ({
        rows: [row('61.01', 'A', 5), row('61.01', 'B', 6), row('61', 'A', 50)],
        issues: [],
      }),
    };
    const imports = {
      ready: Promise.resolve(),
      sets: () => [
        sectorSet('old', [row('61.01', 'A', 1), row('61.11', 'A', 2)]),
        sectorSet('new', [row('61.11', 'A', 3)]),
      ],
    };
    const { rows } = await createMergedProvider(base, imports).sectors!();
    expect(rows.map((r) => `${r.region} ${r.sector} ${r.value} ${r.flags?.join() ?? ''}`)).toEqual([
      '61.01 A 1 imported',
      '61 A 50 ',
      '61.11 A 3 imported',
    ]);
  });
});

describe('sector conflicts', () => {
  const row = (sector: string, value: number, region = '61.01') =>
    ({ region: code(region), year: 2024, basis: 'adhk', sector, value }) as SectorValue;
  const bundledRows = [row('A', 5), row('B', 6), row('TOTAL', 11)];

  it('lists a table imported with other values, with both totals', () => {
    expect(findSectorConflicts([row('A', 5), row('B', 7)], bundledRows, [])).toEqual([
      {
        key: 'sectors|61.01|2024|Y|adhk',
        region: '61.01',
        year: 2024,
        basis: 'adhk',
        imported: 12,
        bundled: 11,
        useBundled: false,
      },
    ]);
    expect(findSectorConflicts([row('A', 5), row('B', 6)], bundledRows, [])).toEqual([]);
    expect(findSectorConflicts([row('A', 1, '61.11')], bundledRows, [])).toEqual([]);
  });

  it('keeps the bundled table where the user chose it', async () => {
    const base = { ...baseProvider(), sectors: async () => ({ rows: bundledRows, issues: [] }) };
    const set: ImportedSet = {
      id: 's',
      kind: 'sectors',
      fileName: 's.csv',
      importedAt: '',
      rowCount: 3,
      preferBundled: ['sectors|61.01|2024|Y|adhk'],
      stated: { source: '', sourceUrl: '' },
      values: [row('A', 5), row('B', 7), row('A', 2, '61.11')].map((v) => ({ ...v, source: { name: 'x' } })),
    };
    const { rows } = await createMergedProvider(base, { ready: Promise.resolve(), sets: () => [set] })
      .sectors!();
    expect(rows.map((r) => `${r.region} ${r.sector} ${r.value}`)).toEqual([
      '61.01 A 5',
      '61.01 B 6',
      '61.01 TOTAL 11',
      '61.11 A 2',
    ]);
  });
});

describe('findConflicts', () => {
  it('lists region-years where the import and the bundled data disagree, with the user choice', () => {
    const conflicts = findConflicts(
      'poverty-rate',
      sets[0]!.kind === 'indicator' ? sets[0]!.indicators[0]!.observations : [],
      [...bundledPoverty, { region: code('61.01'), year: 2024, value: 6.5 }],
      ['poverty-rate|61.04|2024'],
    );
    expect(conflicts).toEqual([
      {
        key: 'poverty-rate|61.11|2024',
        region: '61.11',
        year: 2024,
        imported: 9,
        bundled: 8.84,
        useBundled: false,
      },
      {
        key: 'poverty-rate|61.04|2024',
        region: '61.04',
        year: 2024,
        imported: 7,
        bundled: 8.5,
        useBundled: true,
      },
    ]);
  });
});
