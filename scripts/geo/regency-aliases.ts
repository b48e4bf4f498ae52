/**
 * Regencies whose GADM 4.1 name is not their current Kemendagri name. `gadmCode` is GADM's CC_2
 * (an older BPS code): the build fails if the named GADM unit does not carry it, so a typo here
 * cannot silently join the wrong polygon.
 */
export interface RegencyAlias {
  code: string;
  gadmName: string;
  gadmCode: string;
  why: string;
}

export const REGENCY_ALIASES: readonly RegencyAlias[] = [
  { code: '12.12', gadmName: 'TobaSamosir', gadmCode: '1206', why: 'renamed Toba in 2020' },
  { code: '12.15', gadmName: 'PakpakBarat', gadmCode: '1216', why: 'official spelling is Pakpak Bharat' },
  { code: '15.06', gadmName: 'TanjungJabungB', gadmCode: '1507', why: 'GADM truncates Tanjung Jabung Barat' },
  { code: '15.07', gadmName: 'TanjungJabungT', gadmCode: '1506', why: 'GADM truncates Tanjung Jabung Timur' },
  {
    code: '61.02',
    gadmName: 'Pontianak',
    gadmCode: '6104',
    why: 'Kabupaten Pontianak renamed Mempawah in 2014',
  },
  {
    code: '71.09',
    gadmName: 'SiauTagulandangBiaro',
    gadmCode: '7108',
    why: 'official name starts with Kepulauan',
  },
  { code: '76.01', gadmName: 'MamujuUtara', gadmCode: '7605', why: 'renamed Pasangkayu in 2017' },
  {
    code: '81.03',
    gadmName: 'MalukuTenggaraBarat',
    gadmCode: '8101',
    why: 'renamed Kepulauan Tanimbar in 2019',
  },
];
