import type { Draft } from './extract-observations';

const keyOf = (d: Pick<Draft, 'indicator' | 'region' | 'year'>) => `${d.indicator}|${d.region}|${d.year}`;

/**
 * An official figure fetched from BPS replaces the compiled copy of the same indicator, region and
 * year; every compiled value the fetch did not return stays as it was.
 */
export function preferFetched(
  compiled: readonly Draft[],
  fetched: readonly Draft[],
): { drafts: Draft[]; replaced: number } {
  const official = new Set(fetched.map(keyOf));
  const kept = compiled.filter((draft) => !official.has(keyOf(draft)));
  return { drafts: [...kept, ...fetched], replaced: compiled.length - kept.length };
}
