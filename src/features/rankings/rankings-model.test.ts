import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../../domain/analysis/ranking/rankings-table';
import type { Indicator } from '../../domain/indicator';
import type { Region, RegionCode } from '../../domain/region';
import { exportName, toRankingsCsv, toStripData, toTopBottomBars } from './rankings-model';

const region = (i: number): Region => ({
  code: `61.${String(i).padStart(2, '0')}` as RegionCode,
  name: `Kabupaten ${i}`,
  level: 'regency',
  parent: '61' as RegionCode,
  kind: 'kabupaten',
});
const row = (i: number, value: number | null): RankingRow => ({
  region: region(i),
  province: {
    code: '61' as RegionCode,
    name: 'Kalimantan Barat',
    level: 'province',
    parent: null,
    kind: 'provinsi',
  },
  observation: value === null ? undefined : { region: region(i).code, year: 2024, value },
  value,
  category: undefined,
  band: undefined,
  rank: value === null ? undefined : { rank: i, of: 25 },
  change: undefined,
  group: value === null ? 'missing' : 'scored',
  order: value === null ? Number.POSITIVE_INFINITY : i,
});
const rows = [...Array.from({ length: 25 }, (_, i) => row(i + 1, 10 + i)), row(26, null)];
const poverty = {
  id: 'poverty-rate',
  unit: { id: '%', en: '%' },
  decimals: 2,
  source: { name: 'BPS' },
} as Indicator;

describe('toTopBottomBars', () => {
  it('takes the best and worst ten of 25, never the region without data', () => {
    const bars = toTopBottomBars(rows);
    expect(bars.map((b) => b.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    ]);
    expect(bars.filter((b) => b.part === 'top')).toHaveLength(10);
  });

  it('shows every scored region when there are no more than twenty, split in halves', () => {
    const bars = toTopBottomBars(rows.slice(0, 6));
    expect(bars.map((b) => `${b.rank}${b.part[0]}`)).toEqual(['1t', '2t', '3t', '4b', '5b', '6b']);
  });
});

describe('toStripData', () => {
  it('highlights filtered, compared and selected regions, the selected one last so it is drawn on top', () => {
    const strip = toStripData(
      rows,
      '61.02' as RegionCode,
      ['61.03', '61.02'] as RegionCode[],
      rows.slice(0, 4),
    );
    expect(strip.points).toHaveLength(25);
    expect(strip.highlight.map((h) => `${h.code}:${h.role}`)).toEqual([
      '61.01:filtered',
      '61.04:filtered',
      '61.03:compare',
      '61.02:self',
    ]);
  });
});

describe('exportName and toRankingsCsv', () => {
  it('names files by indicator, year and level, plus the province when filtered', () => {
    expect(exportName('ipm', 2024, 'regency')).toBe('ipm-2024-kabupaten-kota');
    expect(exportName('poverty-rate', 2023, 'province')).toBe('poverty-rate-2023-provinsi');
    expect(exportName('ipm', 2024, 'regency', '61' as RegionCode)).toBe('ipm-2024-kabupaten-kota-61');
  });

  it('writes the rows in the order given, numbers as numbers and no unit for a missing value', () => {
    const labels = {
      rank: 'peringkat',
      code: 'kode',
      region: 'daerah',
      value: 'nilai',
      unit: 'satuan',
      change: 'perubahan',
      fromYear: 'dibanding_tahun',
      band: 'kelas',
      province: 'provinsi',
      kind: 'jenis',
      source: 'sumber',
      kindName: (kind: string) => (kind === 'kabupaten' ? 'Kabupaten' : kind),
    };
    const csv = toRankingsCsv([rows[1]!, rows[25]!], poverty, 'id', labels);
    expect(csv.rows).toEqual([
      [2, '61.02', 'Kabupaten 2', 11, '%', null, null, null, 'Kalimantan Barat', 'Kabupaten', 'BPS'],
      [null, '61.26', 'Kabupaten 26', null, null, null, null, null, 'Kalimantan Barat', 'Kabupaten', null],
    ]);
  });
});
