/**
 * GADM kecamatan that must move to another regency than their GADM parent's and that name matching
 * alone cannot place: spellings that differ from idn-area-data, districts transferred between
 * existing regencies, and forest GADM keeps outside any kecamatan. Keyed by GADM "NAME_1/NAME_2/NAME_3";
 * `to` is the Kemendagri district the unit became, or a regency where it is no district (the build
 * uses the regency either way). Every entry must match exactly one GADM unit and an existing district
 * or regency, or the build fails.
 */
export interface KecamatanAlias {
  gadm: string;
  to: string;
  why: string;
}

export const KECAMATAN_ALIASES: readonly KecamatanAlias[] = [
  // Pesisir Barat: GADM still has the two Bengkunat kecamatan of Lampung Barat.
  { gadm: 'Lampung/LampungBarat/Bengkunat', to: '18.13.10', why: 'now Ngaras, Pesisir Barat' },
  {
    gadm: 'Lampung/LampungBarat/BengkunatBelimbing',
    to: '18.13.11',
    why: 'now Bangkunat, Pesisir Barat',
  },
  // GADM's "Hutan" (forest, Bukit Barisan Selatan) of Lampung Barat runs behind the whole coast that
  // is now Pesisir Barat. Left with Lampung Barat it makes Lampung Barat 3 770 km² and Pesisir Barat
  // 1 370 km²; given to Pesisir Barat, 2 120 and 3 030 km², close to the published figures (roughly
  // 2 100 and 2 900 km²).
  { gadm: 'Lampung/LampungBarat/Hutan', to: '18.13', why: 'forest behind the Pesisir Barat coast' },
  // Manokwari Selatan and Pegunungan Arfak: spellings.
  { gadm: 'PapuaBarat/Manokwari/Nenei', to: '92.11.03', why: 'spelled Neney' },
  { gadm: 'PapuaBarat/Manokwari/Tahosta', to: '92.11.06', why: 'spelled Tahota' },
  { gadm: 'PapuaBarat/Manokwari/Menyambouw', to: '92.12.09', why: 'spelled Minyambaouw' },
  // Tambrauw was enlarged in 2013 with districts of Manokwari and Sorong (now Papua Barat Daya).
  { gadm: 'PapuaBarat/Manokwari/Amberbaken', to: '96.04.10', why: 'moved to Tambrauw' },
  { gadm: 'PapuaBarat/Manokwari/Kebar', to: '96.04.09', why: 'moved to Tambrauw' },
  { gadm: 'PapuaBarat/Manokwari/Senopi', to: '96.04.11', why: 'moved to Tambrauw' },
  {
    gadm: 'PapuaBarat/Manokwari/Mubarni/Arfu',
    to: '96.04.12',
    why: 'moved to Tambrauw, spelled Mubrani',
  },
  { gadm: 'PapuaBarat/Sorong/Moraid', to: '96.04.08', why: 'moved to Tambrauw' },
];
