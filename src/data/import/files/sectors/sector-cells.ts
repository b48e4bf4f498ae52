import { SECTOR_CODES, TOTAL_CODE, type SectorOrTotal } from '../../../../domain/sectors/sector-codes';
import type { PriceBasis } from '../../../../domain/sectors/sector-value';

export type ImportSectorCode = SectorOrTotal;
export type ImportPriceBasis = PriceBasis;

/** "MN", "M-N", "m, n" → "M,N"; "PDRB", "jumlah" → "TOTAL"; null for anything else. */
export function parseSectorCode(text: string): ImportSectorCode | null {
  const compact = text.toUpperCase().replace(/[\s,.\-&/]+/g, '');
  if (['TOTAL', 'PDRB', 'JUMLAH', 'PDB'].includes(compact)) return TOTAL_CODE;
  if (compact === 'MN') return 'M,N';
  if (compact === 'RSTU' || compact === 'RU') return 'R,S,T,U';
  return (SECTOR_CODES as readonly string[]).includes(compact) ? (compact as ImportSectorCode) : null;
}

export function parsePriceBasis(text: string): ImportPriceBasis | null {
  const t = text.trim().toLowerCase();
  if (t === 'adhk' || t === 'konstan' || t === 'constant') return 'adhk';
  if (t === 'adhb' || t === 'berlaku' || t === 'current') return 'adhb';
  return null;
}

/** "Q1", "1", "I", "TW I" → 1; empty → null (an annual figure); undefined when unreadable. */
export function parseQuarter(text: string): number | null | undefined {
  const t = text
    .trim()
    .toUpperCase()
    .replace(/^(Q|TW|TRIWULAN)\s*/, '');
  if (!t) return null;
  const roman = ['I', 'II', 'III', 'IV'].indexOf(t);
  if (roman >= 0) return roman + 1;
  return /^[1-4]$/.test(t) ? Number(t) : undefined;
}
