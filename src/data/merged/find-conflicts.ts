import type { Observation } from '../../domain/observation';
import { conflictKey } from '../import/imported-set';

/** The bundled values an import disagrees with, for the import page to show side by side. */
export interface ImportConflict {
  key: string;
  region: Observation['region'];
  year: number;
  imported: number | null;
  bundled: number | null;
  useBundled: boolean;
}

export function findConflicts(
  indicatorId: string,
  imported: readonly Observation[],
  bundled: readonly Observation[],
  preferBundled: readonly string[],
): ImportConflict[] {
  const byKey = new Map(bundled.map((o) => [`${o.region}|${o.year}`, o]));
  const chosen = new Set(preferBundled);
  return imported.flatMap((observation) => {
    const other = byKey.get(`${observation.region}|${observation.year}`);
    if (!other || other.value === observation.value) return [];
    const key = conflictKey(indicatorId, observation.region, observation.year);
    return [
      {
        key,
        region: observation.region,
        year: observation.year,
        imported: observation.value,
        bundled: other.value,
        useBundled: chosen.has(key),
      },
    ];
  });
}
