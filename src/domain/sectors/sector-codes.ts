import type { LocalizedText } from '../localized';

/** The 17 BPS 2010-base lapangan usaha groups, written exactly as BPS publishes their codes. */
export const SECTOR_CODES = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M,N',
  'O',
  'P',
  'Q',
  'R,S,T,U',
] as const;

export type SectorCode = (typeof SECTOR_CODES)[number];

/** The BPS row "Produk Domestik Regional Bruto". */
export const TOTAL_CODE = 'TOTAL';
export type SectorOrTotal = SectorCode | typeof TOTAL_CODE;

export function isSectorCode(value: string): value is SectorCode {
  return (SECTOR_CODES as readonly string[]).includes(value);
}

export const SECTOR_NAMES: Readonly<Record<SectorCode, LocalizedText>> = {
  A: { id: 'Pertanian, Kehutanan, dan Perikanan', en: 'Agriculture, Forestry and Fishing' },
  B: { id: 'Pertambangan dan Penggalian', en: 'Mining and Quarrying' },
  C: { id: 'Industri Pengolahan', en: 'Manufacturing' },
  D: { id: 'Pengadaan Listrik dan Gas', en: 'Electricity and Gas' },
  E: {
    id: 'Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang',
    en: 'Water Supply, Waste Management and Recycling',
  },
  F: { id: 'Konstruksi', en: 'Construction' },
  G: {
    id: 'Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor',
    en: 'Wholesale and Retail Trade; Repair of Motor Vehicles',
  },
  H: { id: 'Transportasi dan Pergudangan', en: 'Transportation and Storage' },
  I: { id: 'Penyediaan Akomodasi dan Makan Minum', en: 'Accommodation and Food Service' },
  J: { id: 'Informasi dan Komunikasi', en: 'Information and Communication' },
  K: { id: 'Jasa Keuangan dan Asuransi', en: 'Financial and Insurance Services' },
  L: { id: 'Real Estat', en: 'Real Estate' },
  'M,N': { id: 'Jasa Perusahaan', en: 'Business Services' },
  O: {
    id: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
    en: 'Public Administration, Defence and Compulsory Social Security',
  },
  P: { id: 'Jasa Pendidikan', en: 'Education' },
  Q: { id: 'Jasa Kesehatan dan Kegiatan Sosial', en: 'Human Health and Social Work' },
  'R,S,T,U': { id: 'Jasa Lainnya', en: 'Other Services' },
};

/** Short names for chart labels, where the full BPS name does not fit. */
export const SECTOR_SHORT_NAMES: Readonly<Record<SectorCode, LocalizedText>> = {
  A: { id: 'Pertanian', en: 'Agriculture' },
  B: { id: 'Pertambangan', en: 'Mining' },
  C: { id: 'Industri', en: 'Manufacturing' },
  D: { id: 'Listrik & gas', en: 'Electricity & gas' },
  E: { id: 'Air & sampah', en: 'Water & waste' },
  F: { id: 'Konstruksi', en: 'Construction' },
  G: { id: 'Perdagangan', en: 'Trade' },
  H: { id: 'Transportasi', en: 'Transport' },
  I: { id: 'Akomodasi & makan', en: 'Accommodation & food' },
  J: { id: 'Infokom', en: 'ICT' },
  K: { id: 'Keuangan', en: 'Finance' },
  L: { id: 'Real estat', en: 'Real estate' },
  'M,N': { id: 'Jasa perusahaan', en: 'Business services' },
  O: { id: 'Pemerintahan', en: 'Public administration' },
  P: { id: 'Pendidikan', en: 'Education' },
  Q: { id: 'Kesehatan', en: 'Health' },
  'R,S,T,U': { id: 'Jasa lainnya', en: 'Other services' },
};

/** The three city-branding themes of the Kemendagri programme. */
export const BRANDING_THEMES = ['destination', 'business', 'liveable'] as const;
export type BrandingTheme = (typeof BRANDING_THEMES)[number];

/**
 * Which themes a sector can feed. A dashboard convention (docs/sector-priorities.md), not a BPS rule:
 * "destination" only where visitors spend on the spot — accommodation and food (I) and the arts,
 * entertainment and recreation inside other services (R–U). Trade (G) and transport (H) serve visitors
 * too, but mostly residents and firms, so they feed business (and transport liveability), not tourism.
 */
export const SECTOR_THEMES: Readonly<Record<SectorCode, readonly BrandingTheme[]>> = {
  A: ['business'],
  B: ['business'],
  C: ['business'],
  D: ['business', 'liveable'],
  E: ['liveable'],
  F: ['business', 'liveable'],
  G: ['business'],
  H: ['business', 'liveable'],
  I: ['destination', 'business'],
  J: ['business', 'liveable'],
  K: ['business'],
  L: ['business', 'liveable'],
  'M,N': ['business'],
  O: ['liveable'],
  P: ['liveable'],
  Q: ['liveable'],
  'R,S,T,U': ['destination', 'liveable'],
};

/**
 * Sectors treated as labour-absorbing in the priority score: farming, manufacturing, construction,
 * trade and accommodation/food employ many people per rupiah of value added. A configurable convention;
 * employment by sector is not part of the data.
 */
export const LABOUR_ABSORBING: ReadonlySet<SectorCode> = new Set<SectorCode>(['A', 'C', 'F', 'G', 'I']);
