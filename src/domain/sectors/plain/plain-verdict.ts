import type { Language } from '../../localized';
import type { SectorAnalysis, SectorResult } from '../analysis/sector-analysis';
import { NEED_RULES, type CommunityNeed, type NeedIndicatorId } from '../needs/need-rule';
import { SECTOR_SHORT_NAMES } from '../sector-codes';
import { NEED_NAMES, PLAIN_LABELS, type PlainLabel } from './plain-texts';

export { PLAIN_LABELS, NEED_NAMES, type PlainLabel };

/**
 * The one label a regent reads. Annual rows: the overlay verdict in plain words; a snapshot (a quarter,
 * or a single year): only whether the sector is a distinctive part of the economy.
 */
export function plainLabel(result: SectorResult): PlainLabel {
  const g = result.growth;
  if (!g) return result.slq > 1 ? 'khas' : 'bukan';
  if (g.verdict === 'unggulan-utama') return 'utama';
  if (g.verdict === 'unggulan') return 'kuat';
  if (g.verdict === 'potensial') return 'potensial';
  return 'bukan';
}

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const num = (value: number, language: Language, digits = 2) =>
  new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
const ROMAN = ['I', 'II', 'III', 'IV'];

const WORDS = {
  id: {
    above: (s: string, lq: string, ref: string) =>
      `${s} menyumbang porsi ekonomi ${lq} kali porsinya di ${ref}`,
    below: (s: string, lq: string, ref: string) =>
      `Porsi ${s.toLowerCase()} dalam ekonomi daerah hanya ${lq} kali porsinya di ${ref}`,
    faster: (join: string, ref: string, p: string) => `${join} tumbuh lebih cepat daripada di ${ref} (${p})`,
    slower: (join: string, ref: string, p: string) => `${join} tumbuh lebih lambat daripada di ${ref} (${p})`,
    and: 'dan',
    but: 'tetapi',
    quarter: (q: number, y: number) => `pada triwulan ${ROMAN[q - 1]} ${y} (angka sementara)`,
    year: (y: number) => `pada ${y}`,
    conclusion: {
      utama: 'ini kekuatan utama daerah',
      kuat: 'ini kekuatan daerah',
      potensial: 'berpotensi menjadi kekuatan daerah',
      khas: 'ini kekuatan khas daerah',
      bukan: 'belum menjadi kekuatan daerah',
    } satisfies Record<PlainLabel, string>,
    need: (name: string, v: string, side: string, r: string, ref: string, y: number) =>
      `; ${name} ${v} (${y}) ${side} ${r} di ${ref}, sehingga prioritasnya dinaikkan`,
    worse: { higher: 'di atas', lower: 'di bawah' },
    median: 'median kabupaten/kota',
    noNeed: (names: string) => `; tidak ada data ${names}, jadi kebutuhan ini tidak dinilai`,
  },
  en: {
    above: (s: string, lq: string, ref: string) =>
      `${s} makes up ${lq} times the share of the economy it has in ${ref}`,
    below: (s: string, lq: string, ref: string) =>
      `${s} makes up only ${lq} times the share of the economy it has in ${ref}`,
    faster: (join: string, ref: string, p: string) => `${join} grows faster than in ${ref} (${p})`,
    slower: (join: string, ref: string, p: string) => `${join} grows slower than in ${ref} (${p})`,
    and: 'and',
    but: 'but',
    quarter: (q: number, y: number) => `in Q${q} ${y} (preliminary)`,
    year: (y: number) => `in ${y}`,
    conclusion: {
      utama: 'a main strength of the region',
      kuat: 'a strength of the region',
      potensial: 'could become a strength of the region',
      khas: 'a distinctive strength of the region',
      bukan: 'not yet a strength of the region',
    } satisfies Record<PlainLabel, string>,
    need: (name: string, v: string, side: string, r: string, ref: string, y: number) =>
      `; ${name} is ${v} (${y}), ${side} ${r} in ${ref}, which raises its priority`,
    worse: { higher: 'above', lower: 'below' },
    median: 'the median regency',
    noNeed: (names: string) => `; no ${names} figures, so this need is not assessed`,
  },
};

export interface ReasonContext {
  /** The reference as a place: "Kalimantan Barat", "Indonesia". */
  referenceName: string;
  need: CommunityNeed | null;
  /** Need indicators whose file is absent or failed: said, never guessed. */
  missingNeeds: readonly NeedIndicatorId[];
}

/**
 * One sentence: "Pertanian menyumbang porsi ekonomi 1,34 kali porsinya di Kalimantan Barat pada triwulan I
 * 2026 (angka sementara): ini kekuatan khas daerah."
 */
export function plainReason(
  result: SectorResult,
  analysis: SectorAnalysis,
  language: Language,
  context: ReasonContext,
): string {
  const w = WORDS[language];
  const name = SECTOR_SHORT_NAMES[result.sector][language];
  const ref = context.referenceName;
  const lq = num(result.slq, language);
  const above = result.slq > 1;
  let text = above ? w.above(name, lq, ref) : w.below(name, lq, ref);
  const g = result.growth;
  if (g && analysis.growth) {
    const period = `${analysis.growth.from}–${analysis.growth.to}`;
    const faster = g.shift.competitive > 0;
    const join = faster === above ? w.and : w.but;
    text += ` ${faster ? w.faster(join, ref, period) : w.slower(join, ref, period)}`;
  } else if (analysis.mode === 'quarterly') {
    text += ` ${w.quarter(analysis.quarter ?? 1, analysis.year)}`;
  } else {
    text += ` ${w.year(analysis.year)}`;
  }
  text += `: ${w.conclusion[plainLabel(result)]}`;
  text += needClause(result, language, context);
  return `${text}.`;
}

function needClause(result: SectorResult, language: Language, context: ReasonContext): string {
  const w = WORDS[language];
  const own = context.need?.bySector[result.sector];
  if (own && own.level > 0.5) {
    const m = own.driver;
    const rule = NEED_RULES[m.indicator];
    const digits = m.value >= 100 ? 0 : 2;
    const refName =
      m.referenceKind === 'median' ? `${w.median} ${context.referenceName}` : context.referenceName;
    return w.need(
      NEED_NAMES[m.indicator][language],
      num(m.value, language, digits),
      w.worse[rule.worse],
      num(m.referenceValue, language, digits),
      refName,
      m.year,
    );
  }
  const targeting = context.missingNeeds.filter((id) => NEED_RULES[id].sectors.includes(result.sector));
  const covered = context.need?.measures.some((m) => NEED_RULES[m.indicator].sectors.includes(result.sector));
  if (targeting.length > 0 && !covered) {
    return w.noNeed(targeting.map((id) => NEED_NAMES[id][language]).join(', '));
  }
  return '';
}
