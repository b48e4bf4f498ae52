import { pickText, type Language } from '../../../domain/localized';
import type { RegionCode } from '../../../domain/region';
import type { ImportedSet } from '../../../data/import/imported-set';

/** What a kept set holds, in a few words for the list. */
export function setSummary(
  set: ImportedSet,
  language: Language,
  nameOf: (code: RegionCode) => string,
  indicatorName: (id: string) => string,
): string {
  if (set.kind === 'indicator')
    return set.indicators.map((i) => pickText(i.definition.name, language)).join(', ');
  if (set.kind === 'targets')
    return [...new Set(set.targets.map((x) => indicatorName(x.indicator)))].join(', ');
  return [...new Set(set.values.map((x) => nameOf(x.region)))].join(', ');
}
