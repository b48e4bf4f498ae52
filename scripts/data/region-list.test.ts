import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { buildRegions, compareRegionCodes } from './region-list';

describe('compareRegionCodes', () => {
  it('puts Indonesia first and each province before its regencies', () => {
    expect(['61.11', '62', 'ID', '61', '11.01', '61.71'].sort(compareRegionCodes)).toEqual([
      'ID',
      '11.01',
      '61',
      '61.11',
      '61.71',
      '62',
    ]);
  });
});

describe('buildRegions', () => {
  it('adds the country, links parents and tells kota from kabupaten by the name', () => {
    const regions = buildRegions(
      parseCsv('p.csv', 'code,name\n61,Kalimantan Barat\n'),
      parseCsv(
        'r.csv',
        'code,province_code,name\n61.72,61,Kota Singkawang\n61.11,61,Kabupaten Kayong Utara\n61.12,61,Kabupaten Kubu Raya\n',
      ),
    );
    expect(regions).toEqual([
      { code: 'ID', name: 'Indonesia', level: 'country', parent: null, kind: 'negara' },
      { code: '61', name: 'Kalimantan Barat', level: 'province', parent: 'ID', kind: 'provinsi' },
      { code: '61.11', name: 'Kabupaten Kayong Utara', level: 'regency', parent: '61', kind: 'kabupaten' },
      { code: '61.12', name: 'Kabupaten Kubu Raya', level: 'regency', parent: '61', kind: 'kabupaten' },
      { code: '61.72', name: 'Kota Singkawang', level: 'regency', parent: '61', kind: 'kota' },
    ]);
  });

  it('does not mistake "Kotabaru" or "Kotawaringin" for a city', () => {
    const [, , regency] = buildRegions(
      parseCsv('p.csv', 'code,name\n63,Kalimantan Selatan\n'),
      parseCsv('r.csv', 'code,province_code,name\n63.02,63,Kabupaten Kotabaru\n'),
    );
    expect(regency?.kind).toBe('kabupaten');
  });
});
