import type { Observation } from '../../../domain/observation';
import type { RegionCode } from '../../../domain/region';
import { NEED_INDICATOR_IDS, type NeedMeasure } from '../../../domain/sectors/needs/need-rule';

export const NEED_INDICATORS = NEED_INDICATOR_IDS;
export type NeedIndicator = (typeof NEED_INDICATORS)[number];

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * For each need indicator, the newest year in which the region has a value and its reference does: the
 * reference's published value, else the median of `peers` (the reference's own parts, e.g. the province's
 * kabupaten/kota) in that year — the basic-service indicators are published for regencies only.
 */
export function needMeasures(
  region: RegionCode,
  reference: RegionCode,
  observations: Partial<Record<NeedIndicator, readonly Observation[]>>,
  peers: readonly RegionCode[] = [],
): NeedMeasure[] {
  const measures: NeedMeasure[] = [];
  const peerSet = new Set(peers);
  for (const indicator of NEED_INDICATORS) {
    const rows = observations[indicator] ?? [];
    if (rows.length === 0) continue;
    const valueAt = (code: RegionCode, year: number) =>
      rows.find((o) => o.region === code && o.year === year && o.value !== null)?.value ?? null;
    const years = [
      ...new Set(rows.filter((o) => o.region === region && o.value !== null).map((o) => o.year)),
    ].sort((a, b) => b - a);
    for (const year of years) {
      const value = valueAt(region, year);
      if (value === null) continue;
      const published = valueAt(reference, year);
      if (published !== null) {
        measures.push({ indicator, year, value, referenceValue: published, referenceKind: 'published' });
        break;
      }
      const peerValues = rows
        .filter((o) => o.year === year && o.value !== null && peerSet.has(o.region))
        .map((o) => o.value!);
      // A median of two or three regencies says little about a province.
      const mid = peerValues.length >= 3 ? median(peerValues) : null;
      if (mid !== null) {
        measures.push({ indicator, year, value, referenceValue: mid, referenceKind: 'median' });
        break;
      }
    }
  }
  return measures;
}
