/** Sectoral Klassen typology (Sjafrizal 2008). Names are the stable key; numerals differ between sources. */
export type KlassenQuadrant = 'maju-tumbuh-pesat' | 'maju-tertekan' | 'potensial' | 'tertinggal';

export const KLASSEN_NUMERALS: Readonly<Record<KlassenQuadrant, string>> = {
  'maju-tumbuh-pesat': 'I',
  'maju-tertekan': 'II',
  potensial: 'III',
  tertinggal: 'IV',
};

/** Fast when the sector grows faster than its comparison growth; large when its share beats the reference's. */
export function classifyKlassen(
  growth: number,
  comparisonGrowth: number,
  share: number,
  referenceShare: number,
): KlassenQuadrant {
  const fast = growth > comparisonGrowth;
  const large = share > referenceShare;
  if (large) return fast ? 'maju-tumbuh-pesat' : 'maju-tertekan';
  return fast ? 'potensial' : 'tertinggal';
}

export type Verdict = 'unggulan-utama' | 'unggulan' | 'potensial' | 'bukan-unggulan';

/** The overlay of methods.md §5: one point per test passed. */
export function overlayScore(tests: {
  slq: number;
  dlq: number;
  competitive: number;
  klassen: KlassenQuadrant;
}): number {
  return (
    Number(tests.slq > 1) +
    Number(tests.dlq > 1) +
    Number(tests.competitive > 0) +
    Number(tests.klassen === 'maju-tumbuh-pesat')
  );
}

export function verdictOf(score: number): Verdict {
  if (score >= 4) return 'unggulan-utama';
  if (score === 3) return 'unggulan';
  if (score === 2) return 'potensial';
  return 'bukan-unggulan';
}
