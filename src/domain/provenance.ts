/**
 * How close a figure is to its publisher: read from the official publication itself, from a secondary
 * compilation of official figures (a mirror, a research dataset), or from a press quote of an official figure.
 */
export type SourceGrade = 'official' | 'secondary' | 'press';
export const SOURCE_GRADES: readonly SourceGrade[] = ['official', 'secondary', 'press'];

export interface Source {
  name: string;
  url?: string;
  /** Absent means not stated; the app then shows no mark rather than guessing. */
  grade?: SourceGrade;
  /** When the table behind the figures was compiled, as its publisher states it ("2025–2026"); absent: not stated. */
  compiled?: string;
}

/**
 * Why a value may not be comparable with its neighbours. Kept as data so that charts and
 * rankings can say so instead of silently mixing them.
 */
export type ObservationFlag =
  | 'old-boundary' // published on the province boundary before the 2022 Papua split
  | 'derived' // computed here from official figures (e.g. density = population / area)
  | 'inferred-year' // the source implies, rather than states, the year
  | 'derived-class' // the class/predicate was derived from the official thresholds
  | 'imported'; // the user's own figure, imported from a file on this device (its name is the source)

export const OBSERVATION_FLAGS: readonly ObservationFlag[] = [
  'old-boundary',
  'derived',
  'inferred-year',
  'derived-class',
  'imported',
];

/**
 * The distinct sources of the values a view shows, the official ones first: a chart that mixes bundled
 * and imported figures names both ("BPS …; Data impor: ipm.csv"). With no values, the indicator's own.
 */
export function sourcesOf(
  observations: readonly { source?: Source; flags?: readonly ObservationFlag[] }[],
  fallback: Source,
): Source[] {
  const official = new Map<string, Source>();
  const imported = new Map<string, Source>();
  for (const o of observations) {
    const source = o.source ?? fallback;
    (o.flags?.includes('imported') ? imported : official).set(source.name, source);
  }
  const all = [...official.values(), ...imported.values()];
  return all.length > 0 ? all : [fallback];
}
