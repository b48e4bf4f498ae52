import { describe, expect, it } from 'vitest';
import { readCrosswalk } from './region-crosswalk';

const HEADER =
  'bps_kode,bps_name,bps_province,region_code,region_name,kemendagri_province_code,bps_code_equals_kemendagri';
const crosswalk = readCrosswalk(
  [
    HEADER,
    '1101,Simeulue,Aceh,11.09,Kabupaten Simeulue,11,no',
    '6102,Bengkayang,Kalimantan Barat,61.07,Kabupaten Bengkayang,61,no',
    '6171,Pontianak,Kalimantan Barat,61.71,Kota Pontianak,61,yes',
  ].join('\n'),
);

describe('readCrosswalk', () => {
  it('maps a BPS code to the Kemendagri code', () => {
    expect(crosswalk.toKemendagri('1101', 'Simeulue')).toBe('11.09');
    expect(crosswalk.toKemendagri('6102', 'Bengkayang')).toBe('61.07');
  });

  it('keeps a Kemendagri code whose name agrees, and refuses one that names another regency', () => {
    expect(crosswalk.toKemendagri('61.07', 'Kabupaten Bengkayang')).toBe('61.07');
    expect(crosswalk.toKemendagri('61.71', 'Kota Pontianak')).toBe('61.71');
    // 61.02 read as a BPS-style number would be Mempawah's slot; Bengkayang under 61.09 is a wrong code.
    expect(crosswalk.toKemendagri('61.09', 'Kabupaten Bengkayang')).toBeNull();
    expect(crosswalk.toKemendagri('9999', 'X')).toBeNull();
  });
});
