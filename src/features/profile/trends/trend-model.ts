import type { ChartTableData, ChartCell } from '../../../components/charts/chart-table';
import { ROLE_COLORS } from '../../../components/charts/chart-palette';
import { yearRuns, type TrendKey, type TrendSeries } from '../../../domain/analysis/change/trend-series';

export interface TrendLabels {
  year: string;
  self: string;
  parent?: string;
  country?: string;
  target: string;
}

export interface TrendLine {
  key: TrendKey;
  label: string;
  color: string;
  dashed: boolean;
}

export interface TrendChartModel {
  table: ChartTableData;
  lines: TrendLine[];
  /** "2020, 2022–2023": the region's own gap years, named under the chart. */
  gapText: string | undefined;
  years: string;
}

const ORDER: TrendKey[] = ['self', 'parent', 'country', 'target'];
const COLOR: Record<TrendKey, string> = {
  self: ROLE_COLORS.self,
  parent: ROLE_COLORS.province,
  country: ROLE_COLORS.country,
  target: ROLE_COLORS.target,
};

/** Lines, legend and table of one trend chart from the same series, so chart and table cannot disagree. */
export function toTrendChart(series: TrendSeries, labels: TrendLabels, decimals: number): TrendChartModel {
  const lines = ORDER.filter((key) => series.present[key] && labels[key] !== undefined).map((key) => ({
    key,
    label: labels[key]!,
    color: COLOR[key],
    dashed: key === 'target' || key === 'country',
  }));
  const table: ChartTableData = {
    columns: [
      { key: 'year', label: labels.year },
      ...lines.map((line) => ({ key: line.key, label: line.label, decimals })),
    ],
    rows: series.rows.map((row) => {
      const cells: Record<string, ChartCell> = { year: String(row.year) };
      for (const line of lines) cells[line.key] = row[line.key];
      return cells;
    }),
  };
  const runs = yearRuns(series.gaps).map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`));
  const { firstYear, lastYear } = series;
  return {
    table,
    lines,
    gapText: runs.length ? runs.join(', ') : undefined,
    years: firstYear === lastYear ? `${firstYear ?? ''}` : `${firstYear}–${lastYear}`,
  };
}
