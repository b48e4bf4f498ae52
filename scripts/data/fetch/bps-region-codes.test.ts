import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_DATA, ROOT, readText } from '../bundle-files';
import { bpsCodes, placeVervar, withDomains } from './bps-region-codes';
import { knownRegions } from './known-regions';

const regions = knownRegions(
  readText(join(AREA_DATA, 'provinces.csv')),
  readText(join(AREA_DATA, 'regencies.csv')),
);
const codes = bpsCodes(readText(join(ROOT, 'data', 'codes', 'bps_kemendagri.csv')), regions);
const place = (val: number | string, label: string, domain = '0000', table = codes) =>
  placeVervar({ val, label }, domain, table);

describe('bpsCodes', () => {
  it('knows the 514 regencies of the crosswalk and the 34 pre-2022 provinces of the fixed rule', () => {
    const levels = [...codes.values()].map((c) => c.level);
    expect(levels.filter((l) => l === 'regency')).toHaveLength(514);
    expect(levels.filter((l) => l === 'province')).toHaveLength(34);
  });
});

describe('placeVervar', () => {
  it('maps BPS regency codes to Kemendagri codes through the crosswalk, not by arithmetic', () => {
    expect(place(6102, 'Bengkayang', '6100')).toEqual({ ok: true, code: '61.07', level: 'regency' });
    expect(place(6104, 'Mempawah', '6100')).toEqual({ ok: true, code: '61.02', level: 'regency' });
    expect(place(6171, 'Kota Pontianak', '6100')).toEqual({ ok: true, code: '61.71', level: 'regency' });
    expect(place(9416, 'Yahukimo')).toEqual({ ok: true, code: '95.03', level: 'regency' });
  });

  it('maps provinces NN00 to NN, with Papua Barat 9100 = 92 and Papua 9400 = 91', () => {
    expect(place(1900, 'KEP. BANGKA BELITUNG')).toEqual({ ok: true, code: '19', level: 'province' });
    expect(place(3100, 'DKI JAKARTA')).toMatchObject({ code: '31' });
    expect(place(3400, 'DI YOGYAKARTA')).toMatchObject({ code: '34' });
    expect(place(9100, 'PAPUA BARAT')).toMatchObject({ code: '92' });
    expect(place(9400, 'PAPUA')).toMatchObject({ code: '91' });
  });

  it('reads both total-row codings as the domain’s own region', () => {
    expect(place(9999, 'INDONESIA')).toEqual({ ok: true, code: 'ID', level: 'country' });
    expect(place(9999, '&lt;b&gt;Kalimantan Barat&lt;/b&gt;', '6100')).toMatchObject({ code: '61' });
    expect(place(6100, 'Kalimantan Barat', '6100')).toMatchObject({ code: '61' });
    expect(place('7200', 'Sulawesi Tengah', '7200')).toMatchObject({ code: '72' });
  });

  it('refuses a row whose label names another region, local ids and unknown codes', () => {
    expect(place(6102, 'Mempawah', '6100')).toMatchObject({ ok: false });
    expect(place(1, 'Ambon', '8100')).toMatchObject({ ok: false });
    expect(place(9700, 'PAPUA PEGUNUNGAN')).toEqual({
      ok: false,
      reason: 'row 9700 "PAPUA PEGUNUNGAN": no Kemendagri code for BPS 9700',
    });
  });
});

describe('withDomains', () => {
  it('adds a 2022 Papua province from the WebAPI province list by name and reports what it cannot use', () => {
    const { codes: extended, problems } = withDomains(
      codes,
      [
        { domain_id: '9700', domain_name: 'Papua Pegunungan' },
        { domain_id: '9400', domain_name: 'Papua' },
        { domain_id: '9100', domain_name: 'Papua' },
        { domain_id: '9800', domain_name: 'Papua Utara' },
      ],
      regions,
    );
    expect(place(9700, 'PAPUA PEGUNUNGAN', '0000', extended)).toEqual({
      ok: true,
      code: '95',
      level: 'province',
    });
    expect(problems).toEqual([
      'domain 9100 "Papua" is 92 by the fixed rule, not 91',
      'domain 9800 "Papua Utara" matches no Kemendagri province',
    ]);
    expect(extended.get('9100')?.code).toBe('92');
  });
});
