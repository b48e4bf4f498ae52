import type { RegionCode } from '../../domain/region';
import { MAX_COMPARE, useSelectionStore } from '../../store/selection-store';

/**
 * Adds regions to the comparison as far as there is room, never pushing out one already chosen
 * (toggleCompare alone would drop the oldest). Says how many were added and how many did not fit.
 */
export function addToCompare(codes: readonly RegionCode[]): { added: number; skipped: number } {
  const { compare, toggleCompare } = useSelectionStore.getState();
  const fresh = codes.filter((c) => !compare.includes(c));
  const fits = fresh.slice(0, Math.max(0, MAX_COMPARE - compare.length));
  for (const code of fits) toggleCompare(code);
  return { added: fits.length, skipped: fresh.length - fits.length };
}
