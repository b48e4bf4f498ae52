import type { Source } from '../../../src/domain/provenance';

/** The PDRB fact tables, inside data/sources. */
export const SECTOR_SOURCE_FILES = [
  'pdrb/pdrb_sector.csv',
  'pdrb/pdrb_regency_annual_sumatera.csv',
  'pdrb/pdrb_regency_quarterly_2026.csv',
  'pdrb/pdb_national_adhk.csv',
  'pdrb/pdrb_national.csv',
] as const;

/** The kabupaten/kota tables, whose codes are checked against (or mapped through) the BPS crosswalk. */
export const REGENCY_FILES = [
  'pdrb/pdrb_regency_annual_sumatera.csv',
  'pdrb/pdrb_regency_quarterly_2026.csv',
] as const;

export const SECTOR_FILE = 'sectors/pdrb.json';

/** The repositories the figures were read from, named after what they hold. All are copies: secondary. */
const REPOSITORIES: Record<string, string> = {
  'seanprb/indonesia-gva-map': 'BPS, PDRB provinsi menurut lapangan usaha (via seanprb/indonesia-gva-map)',
  'usmanmtaib/sigercep-pdrb-sambas-streamlit':
    'Workbook BPS Kabupaten Sambas (via usmanmtaib/sigercep-pdrb-sambas-streamlit; belum diverifikasi)',
  'coderdestroyer/app-desi':
    'Data seed aplikasi, ADHK disimpulkan (via coderdestroyer/app-desi; belum diverifikasi)',
  'engabuu35/uas-visualisasi-data-informasi-2026':
    'BPS, PDRB triwulanan ADHK kabupaten/kota (via engabuu35/uas-visualisasi-data-informasi-2026)',
  'tauradavin/uas-visdat-2026': 'BPS, PDB menurut lapangan usaha (via tauradavin/uas-visdat-2026)',
};

export function sourceOf(url: string): Source {
  const [owner, repo] = new URL(url).pathname.split('/').filter(Boolean);
  const repository = `${owner}/${repo}`;
  const name = url.includes('PDB_INDO')
    ? 'PDB nasional 17 lapangan usaha ADHK, data seed aplikasi (via coderdestroyer/app-desi; belum diverifikasi)'
    : (REPOSITORIES[repository] ?? `${repository} (GitHub)`);
  return { name, url, grade: 'secondary' };
}
