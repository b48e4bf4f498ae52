import { useMemo } from 'react';
import type { RegionCode } from '../../domain/region';
import { useSelectionStore } from '../../store/selection-store';

/**
 * The compared codes, stable while their list is: the URL sync replaces the selection (a new array) on
 * every address change, and a new array would redraw both charts on each sort.
 */
export function useComparedCodes(): RegionCode[] {
  const key = useSelectionStore((s) => s.compare.join(','));
  return useMemo(() => (key ? (key.split(',') as RegionCode[]) : []), [key]);
}
