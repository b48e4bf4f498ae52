import type { Language, LocalizedText } from '../localized';
import type { SectorAnalysis, SectorResult } from './analysis/sector-analysis';
import type { Verdict } from './measures/klassen';
import { SECTOR_NAMES } from './sector-codes';

export const VERDICT_LABELS: Readonly<Record<Verdict, LocalizedText>> = {
  'unggulan-utama': { id: 'unggulan utama', en: 'prime leading sector' },
  unggulan: { id: 'unggulan', en: 'leading sector' },
  potensial: { id: 'potensial', en: 'potential' },
  'bukan-unggulan': { id: 'bukan unggulan', en: 'not leading' },
};

export const BASIS_LABELS = {
  basis: { id: 'basis', en: 'basic' },
  nonBasis: { id: 'bukan basis', en: 'non-basic' },
} as const satisfies Record<string, LocalizedText>;

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

function two(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

const PHRASES = {
  id: {
    strengthening: (basis: boolean) => (basis ? 'dan masih menguat' : 'tetapi menguat'),
    weakening: (basis: boolean) => (basis ? 'tetapi melemah' : 'dan melemah'),
    faster: 'tumbuh lebih cepat dari acuan',
    slower: 'tumbuh lebih lambat dari acuan',
    shrinking: 'menyusut, lebih lambat dari acuan',
    quarter: (q: number, y: number) =>
      `pada triwulan ${['I', 'II', 'III', 'IV'][q - 1]} ${y}; tanpa ukuran pertumbuhan`,
    noPeriod: 'tanpa periode pertumbuhan yang sebanding',
    noBase: 'tidak ada nilai pada tahun dasar',
  },
  en: {
    strengthening: (basis: boolean) => (basis ? 'and still strengthening' : 'but strengthening'),
    weakening: (basis: boolean) => (basis ? 'but weakening' : 'and weakening'),
    faster: 'grows faster than the reference',
    slower: 'grows slower than the reference',
    shrinking: 'shrinking, slower than the reference',
    quarter: (q: number, y: number) => `in Q${q} ${y}; no growth measure`,
    noPeriod: 'no comparable growth period',
    noBase: 'no value in the base year',
  },
};

/**
 * One line per sector: "Pertanian, Kehutanan, dan Perikanan: basis (LQ 1,94) dan masih menguat
 * (DLQ 1,00); tumbuh lebih cepat dari acuan → unggulan utama".
 */
export function sectorReason(result: SectorResult, analysis: SectorAnalysis, language: Language): string {
  const words = PHRASES[language];
  const isBasis = result.slq > 1;
  const name = SECTOR_NAMES[result.sector][language];
  const structure = `${(isBasis ? BASIS_LABELS.basis : BASIS_LABELS.nonBasis)[language]} (LQ ${two(result.slq, language)})`;
  const g = result.growth;
  if (!g) {
    const label = (isBasis ? BASIS_LABELS.basis : BASIS_LABELS.nonBasis)[language];
    if (analysis.mode === 'quarterly') {
      return `${name}: ${structure} ${words.quarter(analysis.quarter ?? 1, analysis.year)} → ${label}`;
    }
    return `${name}: ${structure}; ${analysis.growth ? words.noBase : words.noPeriod} → ${label}`;
  }
  const momentum = `${g.dlq > 1 ? words.strengthening(isBasis) : words.weakening(isBasis)} (DLQ ${two(g.dlq, language)})`;
  const pace = g.shift.competitive > 0 ? words.faster : g.shift.rij < 0 ? words.shrinking : words.slower;
  return `${name}: ${structure} ${momentum}; ${pace} → ${VERDICT_LABELS[g.verdict][language]}`;
}
