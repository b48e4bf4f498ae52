import type { Observation } from '../../../domain/observation';
import type { RegionCode } from '../../../domain/region';
import type { NeedMeasure } from '../../../domain/sectors/priority';

export const NEED_INDICATORS = ['poverty-rate', 'unemployment-rate'] as const;
export type NeedIndicator = (typeof NEED_INDICATORS)[number];

/** The newest year in which both the region and its reference have a value, for each need indicator. */
export function needMeasures(
  region: RegionCode,
  reference: RegionCode,
  observations: Partial<Record<NeedIndicator, readonly Observation[]>>,
): NeedMeasure[] {
  const measures: NeedMeasure[] = [];
  for (const indicator of NEED_INDICATORS) {
    const rows = observations[indicator] ?? [];
    const valueAt = (code: RegionCode, year: number) =>
      rows.find((o) => o.region === code && o.year === year && o.value !== null)?.value ?? null;
    const years = [
      ...new Set(rows.filter((o) => o.region === region && o.value !== null).map((o) => o.year)),
    ].sort((a, b) => b - a);
    for (const year of years) {
      const value = valueAt(region, year);
      const referenceValue = valueAt(reference, year);
      if (value !== null && referenceValue !== null) {
        measures.push({ indicator, year, value, referenceValue });
        break;
      }
    }
  }
  return measures;
}
