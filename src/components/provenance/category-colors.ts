import colorbrewer from 'colorbrewer/index.es.js';
import type { Category, Indicator } from '../../domain/indicator';

/**
 * Colour of each published category, worst to best on the same red→blue ramp the map uses for classes,
 * so a zone-only region and a scored region in the same zone read alike and the map stays colour-blind safe.
 */
export function categoryColors(
  indicator: Pick<Indicator, 'polarity' | 'categories'>,
): ReadonlyMap<string, string> {
  const ordered = [...(indicator.categories ?? [])].sort((a, b) => a.order - b.order);
  const n = ordered.length;
  const colors = new Map<string, string>();
  if (n === 0) return colors;
  const size = Math.min(Math.max(n, 3), 9) as 3 | 4 | 5 | 6 | 7 | 8 | 9;
  const scheme = indicator.polarity === 'neutral' ? colorbrewer.YlGnBu[size] : colorbrewer.RdYlBu[size];
  ordered.forEach((category, i) => {
    const at = n === 1 ? Math.floor(scheme.length / 2) : Math.round((i * (scheme.length - 1)) / (n - 1));
    colors.set(category.id, scheme[at]!);
  });
  return colors;
}

export function categoryColor(
  indicator: Pick<Indicator, 'polarity' | 'categories'>,
  category: Pick<Category, 'id'>,
): string | undefined {
  return categoryColors(indicator).get(category.id);
}
