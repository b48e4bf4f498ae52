import type { Observation } from '../../domain/observation';
import type { RegionLevel } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';

export interface LevelCoverage {
  withValue: number;
  total: number;
}

export interface YearCoverage {
  year: number;
  province: LevelCoverage;
  regency: LevelCoverage;
  national: boolean;
}

/** For each year with data: how many provinces and regencies/cities have a value, out of all. */
export function summarizeCoverage(observations: readonly Observation[], index: RegionIndex): YearCoverage[] {
  const totals = {
    province: index.atLevel('province').length,
    regency: index.atLevel('regency').length,
  };
  const byYear = new Map<number, Record<RegionLevel, number>>();
  for (const o of observations) {
    if (o.value === null) continue;
    const level = index.byCode.get(o.region)?.level;
    if (!level) continue;
    const counts = byYear.get(o.year) ?? { country: 0, province: 0, regency: 0 };
    counts[level] += 1;
    byYear.set(o.year, counts);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, counts]) => ({
      year,
      province: { withValue: counts.province, total: totals.province },
      regency: { withValue: counts.regency, total: totals.regency },
      national: counts.country > 0,
    }));
}

export function formatYearSpan(years: readonly number[]): string {
  if (years.length === 0) return '–';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}
