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
  // Zones named after a colour ("Zona hijau") wear that colour: a blue "green zone" reads as a mistake.
  if (ordered.every((c) => NAMED_ZONE_COLORS[c.id])) {
    ordered.forEach((c) => colors.set(c.id, NAMED_ZONE_COLORS[c.id]!));
    return colors;
  }
  const size = Math.min(Math.max(n, 3), 9) as 3 | 4 | 5 | 6 | 7 | 8 | 9;
  const scheme = indicator.polarity === 'neutral' ? colorbrewer.YlGnBu[size] : colorbrewer.RdYlBu[size];
  ordered.forEach((category, i) => {
    const at = n === 1 ? Math.floor(scheme.length / 2) : Math.round((i * (scheme.length - 1)) / (n - 1));
    colors.set(category.id, scheme[at]!);
  });
  return colors;
}

/** Ombudsman RI's zones; green and red also differ in lightness, and the badge always names the zone. */
const NAMED_ZONE_COLORS: Readonly<Record<string, string>> = {
  merah: '#d73027',
  kuning: '#fee08b',
  hijau: '#1a9850',
};

export function categoryColor(
  indicator: Pick<Indicator, 'polarity' | 'categories'>,
  category: Pick<Category, 'id'>,
): string | undefined {
  return categoryColors(indicator).get(category.id);
}
