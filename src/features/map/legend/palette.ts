import colorbrewer from 'colorbrewer/index.es.js';
import type { Polarity } from '../../../domain/indicator';

export const NO_DATA_COLOR = '#c8c8c8';
/** Outline of regions that have only a published category (a zone), no number. */
export const CATEGORY_OUTLINE = '#37474f';

/**
 * Colours for n classes in ascending value order. Colour-blind-safe ColorBrewer schemes: for
 * indicators with a direction, worse is always red and better always blue, whichever way the
 * numbers run; neutral indicators run light to dark.
 */
export function classColors(polarity: Polarity, n: number): string[] {
  if (n <= 0) return [];
  const size = Math.min(Math.max(n, 3), 9) as 3 | 4 | 5 | 6 | 7 | 8 | 9;
  if (polarity === 'neutral') return pick(colorbrewer.YlGnBu[size], n);
  const redToBlue = pick(colorbrewer.RdYlBu[size], n);
  return polarity === 'higher-is-better' ? redToBlue : [...redToBlue].reverse();
}

/** n evenly spread colours from a scheme of at least 3 (ColorBrewer has no 1- or 2-colour schemes). */
function pick(scheme: readonly string[], n: number): string[] {
  if (n >= scheme.length) return [...scheme];
  if (n === 1) return [scheme[Math.floor(scheme.length / 2)]!];
  return Array.from({ length: n }, (_, i) => scheme[Math.round((i * (scheme.length - 1)) / (n - 1))]!);
}
