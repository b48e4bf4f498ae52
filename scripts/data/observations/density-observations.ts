import { joinNotes } from '../table-specs/table-spec';
import type { Draft } from './extract-observations';

export function densityNote(populationYear: number, areaYear: number): string {
  return `population ${populationYear} (Kemendagri) ÷ area ${areaYear} (BIG)`;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Density for every region that has both a population and an area. The year is the population's
 * (the newer input); the note names both years. No area, no density: nothing is filled in.
 */
export function densityObservations(population: readonly Draft[], area: readonly Draft[]): Draft[] {
  const areaByRegion = new Map(area.map((a) => [a.region, a]));
  const drafts: Draft[] = [];
  for (const people of population) {
    const land = areaByRegion.get(people.region);
    if (!land || people.value === null || land.value === null || land.value <= 0) continue;
    drafts.push({
      indicator: 'population-density',
      origin: people.origin,
      region: people.region,
      year: people.year,
      value: roundTo(people.value / land.value, 2),
      note: joinNotes(densityNote(people.year, land.year), land.note),
      flags: ['derived'],
    });
  }
  return drafts;
}
