import type { Polarity } from '../../indicator';
import type { Language, LocalizedText } from '../../localized';
import { compareWith } from './attention';
import { movementOf, verdictOf, type Movement } from '../change/change-since';

export interface SentenceFacts {
  /** The indicator's name in the sentence's language. */
  name: string;
  /** "%" for percentages, which read as part of the number; other units are named by the indicator. */
  suffix: string;
  polarity: Polarity;
  decimals: number;
  latest: { year: number; value: number };
  /** The previous year with data, when the two can be compared. */
  previous?: { year: number; value: number };
  /** The parent region's value of the same year: the province for a regency, Indonesia for a province. */
  benchmark?: { name: string; value: number };
}

type Format = (value: number) => string;

/** "%" when the unit is a percentage ("% penduduk"), else nothing. */
export function unitSuffix(unit: LocalizedText): string {
  return unit.id.trim().startsWith('%') ? '%' : '';
}

interface Phrases {
  rose: (a: string, b: string) => string;
  fell: (a: string, b: string) => string;
  stayed: (value: string, y0: number, y1: number) => string;
  single: (value: string, year: number) => string;
  above: string;
  below: string;
  same: string;
  /** Joins the change to the comparison when they point the same way… */
  and: string;
  /** …and when they point opposite ways: "improved, but still below". */
  but: string;
  /** When there is no direction to agree with (flat, one year, neutral). */
  plain: string;
}

const PHRASES: Record<Language, Phrases> = {
  id: {
    rose: (a, b) => `naik dari ${a} menjadi ${b}`,
    fell: (a, b) => `turun dari ${a} menjadi ${b}`,
    stayed: (v, y0, y1) => `tetap ${v} pada ${y0} dan ${y1}`,
    single: (v, y) => `sebesar ${v} pada ${y}`,
    above: 'di atas',
    below: 'di bawah',
    same: 'sama dengan',
    and: ', dan berada',
    but: ', tetapi masih',
    plain: ',',
  },
  en: {
    rose: (a, b) => `rose from ${a} to ${b}`,
    fell: (a, b) => `fell from ${a} to ${b}`,
    stayed: (v, y0, y1) => `stayed at ${v} in ${y0} and ${y1}`,
    single: (v, y) => `was ${v} in ${y}`,
    above: 'above',
    below: 'below',
    same: 'the same as',
    and: ', and is',
    but: ', but is still',
    plain: ',',
  },
};

/**
 * One plain sentence from the numbers: how the value moved since the previous year with data, and where it
 * sits against the parent region, joined with "but still" when the two point opposite ways. E.g. "Persentase
 * penduduk miskin turun dari 9,13% (2023) menjadi 8,84% (2024), tetapi masih di atas Kalimantan Barat (6,32%)."
 */
export function describeStanding(facts: SentenceFacts, language: Language, format: Format): string {
  const p = PHRASES[language];
  const v = (value: number) => `${format(value)}${facts.suffix}`;
  const { latest, previous, benchmark, polarity } = facts;

  let movement: Movement | undefined;
  let clause: string;
  if (previous) {
    movement = movementOf(latest.value - previous.value, facts.decimals);
    const a = `${v(previous.value)} (${previous.year})`;
    const b = `${v(latest.value)} (${latest.year})`;
    clause =
      movement === 'up'
        ? p.rose(a, b)
        : movement === 'down'
          ? p.fell(a, b)
          : p.stayed(v(latest.value), previous.year, latest.year);
  } else clause = p.single(v(latest.value), latest.year);

  let sentence = `${facts.name} ${clause}`;
  if (benchmark) {
    const comparison = compareWith(latest.value, benchmark.value, polarity, facts.decimals);
    const trend = movement ? verdictOf(movement, polarity) : undefined;
    const directed =
      (trend === 'improving' || trend === 'worsening') &&
      (comparison.verdict === 'better' || comparison.verdict === 'worse');
    const agree = directed && (trend === 'improving') === (comparison.verdict === 'better');
    const where = `${benchmark.name} (${v(benchmark.value)})`;
    if (directed) {
      const position = comparison.position === 'above' ? p.above : p.below;
      sentence += `${agree ? p.and : p.but} ${position} ${where}`;
    } else {
      const position =
        comparison.position === 'above' ? p.above : comparison.position === 'below' ? p.below : p.same;
      sentence += `${p.plain} ${position} ${where}`;
    }
  }
  return `${sentence}.`;
}
