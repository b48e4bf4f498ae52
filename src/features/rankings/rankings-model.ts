import type { RankingRow } from '../../domain/analysis/ranking/rankings-table';
import type { Indicator } from '../../domain/indicator';
import { pickText, type Language } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import type { CsvCell } from '../../lib/csv';
import type { MapLevel } from '../../store/selection-store';

export interface BarRow {
  code: RegionCode;
  name: string;
  value: number;
  rank: number;
  part: 'top' | 'bottom';
}

/**
 * The best and worst `n` scored regions (never all 514 bars), best first; every scored region when
 * there are no more than 2n. Neutral indicators have no best: their "top" is the highest values.
 */
export function toTopBottomBars(rows: readonly RankingRow[], n = 10): BarRow[] {
  const scored = rows.filter((r) => r.value !== null).sort((a, b) => a.order - b.order);
  const bar = (row: RankingRow, part: BarRow['part']): BarRow => ({
    code: row.region.code,
    name: row.region.name,
    value: row.value!,
    rank: row.order,
    part,
  });
  if (scored.length <= 2 * n)
    return scored.map((row, i) => bar(row, i < scored.length / 2 ? 'top' : 'bottom'));
  return [...scored.slice(0, n).map((r) => bar(r, 'top')), ...scored.slice(-n).map((r) => bar(r, 'bottom'))];
}

export interface StripData {
  points: { code: RegionCode; value: number }[];
  highlight: { code: RegionCode; role: 'self' | 'compare' | 'filtered'; label: string }[];
}

/**
 * Every scored region as one dot; the selected, compared and (when a filter is on) the filtered ones
 * highlighted, drawn in that order so the selected region ends up on top.
 */
export function toStripData(
  rows: readonly RankingRow[],
  selected: RegionCode | null,
  compared: readonly RegionCode[],
  filtered: readonly RankingRow[] | null,
): StripData {
  const scored = rows.filter((r) => r.value !== null);
  const points = scored.map((r) => ({ code: r.region.code, value: r.value! }));
  const special = new Set<RegionCode>([...compared, ...(selected ? [selected] : [])]);
  const highlight: StripData['highlight'] = [];
  for (const r of filtered ?? []) {
    if (r.value !== null && !special.has(r.region.code))
      highlight.push({ code: r.region.code, role: 'filtered', label: r.region.name });
  }
  for (const r of scored) {
    if (compared.includes(r.region.code) && r.region.code !== selected)
      highlight.push({ code: r.region.code, role: 'compare', label: r.region.name });
  }
  const self = scored.find((r) => r.region.code === selected);
  if (self) highlight.push({ code: self.region.code, role: 'self', label: self.region.name });
  return { points, highlight };
}

/** Language-independent file names: `ipm-2024-kabupaten-kota`, `poverty-rate-2024-provinsi-61`. */
export function exportName(
  indicatorId: string,
  year: number,
  level: MapLevel,
  province?: RegionCode | null,
): string {
  const parts = [indicatorId, String(year), level === 'regency' ? 'kabupaten-kota' : 'provinsi'];
  if (province) parts.push(province);
  return parts.join('-');
}

export interface CsvLabels {
  rank: string;
  code: string;
  region: string;
  value: string;
  unit: string;
  change: string;
  fromYear: string;
  band: string;
  province: string;
  kind: string;
  source: string;
  kindName: (kind: string) => string;
}

/** The table as it is on screen (same rows, same order), numbers as numbers so spreadsheets can sum them. */
export function toRankingsCsv(
  rows: readonly RankingRow[],
  indicator: Indicator,
  language: Language,
  labels: CsvLabels,
): { header: string[]; rows: CsvCell[][] } {
  const header = [
    labels.rank,
    labels.code,
    labels.region,
    labels.value,
    labels.unit,
    labels.change,
    labels.fromYear,
    labels.band,
    labels.province,
    labels.kind,
    labels.source,
  ];
  const unit = pickText(indicator.unit, language);
  return {
    header,
    rows: rows.map((row) => [
      row.rank?.rank ?? null,
      row.region.code,
      row.region.name,
      row.value,
      row.value !== null ? unit : null,
      row.change ? roundTo(row.change.delta, indicator.decimals) : null,
      row.change?.from.year ?? null,
      row.category
        ? pickText(row.category.label, language)
        : row.band
          ? pickText(row.band.label, language)
          : null,
      row.province?.name ?? null,
      labels.kindName(row.region.kind),
      row.observation ? (row.observation.source ?? indicator.source).name : null,
    ]),
  };
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
