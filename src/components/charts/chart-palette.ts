/**
 * One palette for every chart. "Better" and "worse" are the ends of the map's RdYlBu scheme, so a
 * colour means the same thing on the map and in a chart. Series colours are Okabe–Ito (colour-blind
 * safe), ordered so the first few stay distinct in greyscale print too.
 */
export const BETTER = '#4575b4';
export const WORSE = '#d73027';
export const STABLE = '#6b6b6b';
export const MUTED = '#9e9e9e';
export const NO_DATA = '#c8c8c8';

export const SERIES_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
  '#B79F00',
] as const;

/** The fixed roles of a region chart: this region against its province, Indonesia, and a target. */
export const ROLE_COLORS = {
  self: '#0072B2',
  province: '#E69F00',
  country: '#595959',
  compare: '#CC79A7',
  target: '#009E73',
  filtered: '#56B4E9',
} as const;

export type RegionRole = keyof typeof ROLE_COLORS;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

/**
 * Paul Tol's "muted" scheme: nine categorical colours that stay distinct for the common forms of colour
 * blindness (https://personal.sron.nl/~pault/). For maps with up to nine classes; more must be grouped.
 */
export const MUTED_COLORS = [
  '#117733',
  '#882255',
  '#332288',
  '#DDCC77',
  '#88CCEE',
  '#CC6677',
  '#44AA99',
  '#AA4499',
  '#999933',
] as const;

/** Categorical colours for up to 17 classes (sectors): Okabe–Ito first, then Tableau-like muted tones. */
export const CATEGORY_COLORS = [
  ...SERIES_COLORS.slice(0, 6),
  '#7f3c8d',
  '#11a579',
  '#3969ac',
  '#f2b701',
  '#e73f74',
  '#80ba5a',
  '#e68310',
  '#008695',
  '#cf1c90',
  '#a5aa99',
  '#4b4b8f',
] as const;
