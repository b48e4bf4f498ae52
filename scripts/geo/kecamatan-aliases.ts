/**
 * GADM kecamatan that must move to another regency than their GADM parent's and that name matching
 * alone cannot place: spellings that differ from idn-area-data, and districts transferred between
 * existing regencies. Keyed by GADM "NAME_1/NAME_2/NAME_3"; `district` is the Kemendagri district
 * code the unit became (its regency is what the build uses). Every entry must match exactly one GADM
 * unit and an existing district, or the build fails.
 */
export interface KecamatanAlias {
  gadm: string;
  district: string;
  why: string;
}

export const KECAMATAN_ALIASES: readonly KecamatanAlias[] = [
  // Pesisir Barat: GADM still has the two Bengkunat kecamatan of Lampung Barat.
  { gadm: 'Lampung/LampungBarat/Bengkunat', district: '18.13.10', why: 'now Ngaras, Pesisir Barat' },
  {
    gadm: 'Lampung/LampungBarat/BengkunatBelimbing',
    district: '18.13.11',
    why: 'now Bangkunat, Pesisir Barat',
  },
  // Manokwari Selatan and Pegunungan Arfak: spellings.
  { gadm: 'PapuaBarat/Manokwari/Nenei', district: '92.11.03', why: 'spelled Neney' },
  { gadm: 'PapuaBarat/Manokwari/Tahosta', district: '92.11.06', why: 'spelled Tahota' },
  { gadm: 'PapuaBarat/Manokwari/Menyambouw', district: '92.12.09', why: 'spelled Minyambaouw' },
  // Tambrauw was enlarged in 2013 with districts of Manokwari and Sorong (now Papua Barat Daya).
  { gadm: 'PapuaBarat/Manokwari/Amberbaken', district: '96.04.10', why: 'moved to Tambrauw' },
  { gadm: 'PapuaBarat/Manokwari/Kebar', district: '96.04.09', why: 'moved to Tambrauw' },
  { gadm: 'PapuaBarat/Manokwari/Senopi', district: '96.04.11', why: 'moved to Tambrauw' },
  {
    gadm: 'PapuaBarat/Manokwari/Mubarni/Arfu',
    district: '96.04.12',
    why: 'moved to Tambrauw, spelled Mubrani',
  },
  { gadm: 'PapuaBarat/Sorong/Moraid', district: '96.04.08', why: 'moved to Tambrauw' },
];
