/**
 * Regencies created after GADM's source was drawn, with the regency they were carved from. Their
 * polygon is the union of the parent's GADM kecamatan whose names are among the new regency's
 * districts in idn-area-data; the parent keeps the rest. Every regency that does not join GADM by
 * name or alias must be listed here, or the build fails.
 */
export interface NewRegency {
  code: string;
  parent: string;
  year: number;
}

export const NEW_REGENCIES: readonly NewRegency[] = [
  { code: '16.12', parent: '16.03', year: 2013 }, // Penukal Abab Lematang Ilir ← Muara Enim
  { code: '16.13', parent: '16.05', year: 2013 }, // Musi Rawas Utara ← Musi Rawas
  { code: '18.13', parent: '18.04', year: 2012 }, // Pesisir Barat ← Lampung Barat
  { code: '32.18', parent: '32.07', year: 2012 }, // Pangandaran ← Ciamis
  { code: '53.21', parent: '53.04', year: 2013 }, // Malaka ← Belu
  { code: '64.11', parent: '64.07', year: 2013 }, // Mahakam Ulu ← Kutai Barat
  { code: '72.11', parent: '72.07', year: 2013 }, // Banggai Laut ← Banggai Kepulauan
  { code: '72.12', parent: '72.06', year: 2013 }, // Morowali Utara ← Morowali
  { code: '74.11', parent: '74.01', year: 2013 }, // Kolaka Timur ← Kolaka
  { code: '74.12', parent: '74.02', year: 2013 }, // Konawe Kepulauan ← Konawe
  { code: '74.13', parent: '74.03', year: 2014 }, // Muna Barat ← Muna
  { code: '74.14', parent: '74.04', year: 2014 }, // Buton Tengah ← Buton
  { code: '74.15', parent: '74.04', year: 2014 }, // Buton Selatan ← Buton
  { code: '76.06', parent: '76.02', year: 2013 }, // Mamuju Tengah ← Mamuju
  { code: '82.08', parent: '82.05', year: 2013 }, // Pulau Taliabu ← Kepulauan Sula
  { code: '92.11', parent: '92.02', year: 2012 }, // Manokwari Selatan ← Manokwari
  { code: '92.12', parent: '92.02', year: 2012 }, // Pegunungan Arfak ← Manokwari
];
