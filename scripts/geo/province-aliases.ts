/**
 * Kemendagri province → GADM 4.1 province (NAME_1), where the normalised names differ. GADM predates
 * the 2022 split of Papua, so the four new provinces point at the GADM province they came from; their
 * regencies are then found there by name.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  '19': 'BangkaBelitung', // Kepulauan Bangka Belitung
  '31': 'JakartaRaya', // Daerah Khusus Ibukota Jakarta
  '34': 'Yogyakarta', // Daerah Istimewa Yogyakarta
  '93': 'Papua', // Papua Selatan, from Papua (2022)
  '94': 'Papua', // Papua Tengah, from Papua (2022)
  '95': 'Papua', // Papua Pegunungan, from Papua (2022)
  '96': 'PapuaBarat', // Papua Barat Daya, from Papua Barat (2022)
};
