import { gradeOf, type Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import { SOURCE_GRADES, type SourceGrade } from '../../domain/provenance';
import type { RegionLevel } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';

export interface LevelCoverage {
  withValue: number;
  /** Regions with a published category (an Ombudsman zone) and no number. */
  categoryOnly: number;
  total: number;
}

export interface YearCoverage {
  year: number;
  province: LevelCoverage;
  regency: LevelCoverage;
  national: boolean;
}

type Counts = Record<RegionLevel, { value: number; category: number }>;

/**
 * For each year with data: how many provinces and regencies/cities have a value, and how many only a
 * published category, out of all. A null without a category is a gap and counts as neither.
 */
export function summarizeCoverage(observations: readonly Observation[], index: RegionIndex): YearCoverage[] {
  const totals = {
    province: index.atLevel('province').length,
    regency: index.atLevel('regency').length,
  };
  const byYear = new Map<number, Counts>();
  for (const o of observations) {
    const kind = o.value !== null ? 'value' : o.category !== undefined ? 'category' : undefined;
    if (!kind) continue;
    const level = index.byCode.get(o.region)?.level;
    if (!level) continue;
    const counts = byYear.get(o.year) ?? {
      country: { value: 0, category: 0 },
      province: { value: 0, category: 0 },
      regency: { value: 0, category: 0 },
    };
    counts[level][kind] += 1;
    byYear.set(o.year, counts);
  }
  const level = (counts: Counts, at: 'province' | 'regency'): LevelCoverage => ({
    withValue: counts[at].value,
    categoryOnly: counts[at].category,
    total: totals[at],
  });
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, counts]) => ({
      year,
      province: level(counts, 'province'),
      regency: level(counts, 'regency'),
      national: counts.country.value > 0,
    }));
}

export interface GradeCount {
  grade: SourceGrade | undefined;
  count: number;
}

/** How many observations carry each grade, official first; `undefined` where none is stated. */
export function countGrades(indicator: Indicator, observations: readonly Observation[]): GradeCount[] {
  const counts = new Map<SourceGrade | undefined, number>();
  for (const o of observations) {
    const grade = gradeOf(indicator, o);
    counts.set(grade, (counts.get(grade) ?? 0) + 1);
  }
  return [...SOURCE_GRADES, undefined]
    .filter((grade) => counts.has(grade))
    .map((grade) => ({ grade, count: counts.get(grade)! }));
}

export function formatYearSpan(years: readonly number[]): string {
  if (years.length === 0) return '–';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}
