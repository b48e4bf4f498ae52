import { describe, expect, it } from 'vitest';
import { toTrendSeries } from '../../../domain/analysis/change/trend-series';
import type { Observation } from '../../../domain/observation';
import type { RegionCode } from '../../../domain/region';
import { toTrendChart } from './trend-model';

const o = (region: string, year: number, value: number | null): Observation => ({
  region: region as RegionCode,
  year,
  value,
});
const labels = {
  year: 'Tahun',
  self: 'Kayong Utara',
  parent: 'Kalimantan Barat',
  country: 'Indonesia',
  target: 'Target',
};

describe('toTrendChart', () => {
  it('gives the table the same rows as the lines, with a column per series that has data', () => {
    const series = toTrendSeries(
      [o('61.11', 2023, 64.79), o('61.11', 2024, 65.74), o('ID', 2023, 73.55), o('ID', 2024, 74.2)],
      { self: '61.11' as RegionCode, parent: '61' as RegionCode, country: 'ID' as RegionCode },
    );
    const chart = toTrendChart(series, labels, 2);
    expect(chart.lines.map((l) => l.key)).toEqual(['self', 'country']);
    expect(chart.table.columns.map((c) => c.label)).toEqual(['Tahun', 'Kayong Utara', 'Indonesia']);
    expect(chart.table.rows).toEqual([
      { year: '2023', self: 64.79, country: 73.55 },
      { year: '2024', self: 65.74, country: 74.2 },
    ]);
    expect(chart.years).toBe('2023–2024');
    expect(chart.gapText).toBeUndefined();
  });

  it('names the gap years as runs', () => {
    const series = toTrendSeries([o('61.11', 2018, 1.2), o('61.11', 2021, 2.1), o('61.11', 2023, 2.4)], {
      self: '61.11' as RegionCode,
    });
    expect(toTrendChart(series, labels, 2).gapText).toBe('2019–2020, 2022');
  });
});
