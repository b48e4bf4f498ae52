import { describe, expect, it } from 'vitest';
import { assignKecamatan, waterRegencyIds } from './assign-kecamatan';
import type { GadmKecamatanProps } from './gadm-data';

const kec = (NAME_2: string, NAME_3: string, CC_3 = '0000000', TYPE_3 = 'Kecamatan'): GadmKecamatanProps => ({
  GID_1: 'IDN.9_1',
  NAME_1: 'JawaBarat',
  GID_2: `IDN.${NAME_2}`,
  NAME_2,
  GID_3: `IDN.${NAME_2}.${NAME_3}`,
  NAME_3,
  TYPE_3,
  CC_3,
});

describe('assignKecamatan', () => {
  const regencyByGid2 = new Map([
    ['IDN.Ciamis', '32.07'],
    ['IDN.Kuningan', '32.08'],
  ]);
  const districts = [
    { code: '32.07.01', regencyCode: '32.07', name: 'Ciamis' },
    { code: '32.18.01', regencyCode: '32.18', name: 'Parigi' },
    { code: '32.18.04', regencyCode: '32.18', name: 'Cigugur' },
    { code: '32.08.18', regencyCode: '32.08', name: 'Cigugur' },
    { code: '32.18.09', regencyCode: '32.18', name: 'Pangandaran' },
  ];
  const newRegencies = [{ code: '32.18', parent: '32.07', year: 2012 }];

  it('moves a kecamatan of the parent to the new regency listing it, and no other', () => {
    const { assignments, problems } = assignKecamatan(
      [
        kec('Ciamis', 'Ciamis'),
        kec('Ciamis', 'Parigi'),
        kec('Ciamis', 'Cigugur'),
        kec('Kuningan', 'Cigugur'),
      ],
      regencyByGid2,
      districts,
      newRegencies,
      [],
    );
    expect(assignments).toEqual([
      { code: '32.07', method: 'parent' },
      { code: '32.18', method: 'district-name' },
      { code: '32.18', method: 'district-name' },
      // Kuningan is not Pangandaran's parent, so its own Cigugur stays.
      { code: '32.08', method: 'parent' },
    ]);
    expect(problems).toEqual([]);
  });

  it('drops water and applies aliases to a district or a regency', () => {
    const { assignments, problems } = assignKecamatan(
      [
        kec('Ciamis', 'Danau', '3207888'),
        kec('Ciamis', 'Pangandaran2'),
        kec('Ciamis', 'WadukX', 'NA', 'WaterBody'),
        kec('Ciamis', 'Hutan', '3207999'),
      ],
      regencyByGid2,
      districts,
      newRegencies,
      [
        { gadm: 'JawaBarat/Ciamis/Pangandaran2', to: '32.18.09', why: 'spelling' },
        { gadm: 'JawaBarat/Ciamis/Hutan', to: '32.18', why: 'forest' },
      ],
    );
    expect(assignments).toEqual([
      { code: null, method: 'water' },
      { code: '32.18', method: 'alias' },
      { code: null, method: 'water' },
      { code: '32.18', method: 'alias' },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports aliases that match nothing', () => {
    const { problems } = assignKecamatan([kec('Ciamis', 'Ciamis')], regencyByGid2, districts, newRegencies, [
      { gadm: 'JawaBarat/Ciamis/Nowhere', to: '32.18.09', why: 'test' },
      { gadm: 'JawaBarat/Ciamis/Ciamis', to: '99.99.99', why: 'test' },
    ]);
    expect(problems).toEqual([
      'kecamatan alias JawaBarat/Ciamis/Ciamis: no district or regency 99.99.99',
      'kecamatan alias JawaBarat/Ciamis/Nowhere: no such GADM kecamatan',
      'kecamatan alias JawaBarat/Ciamis/Ciamis: no such GADM kecamatan',
    ]);
  });
});

describe('waterRegencyIds', () => {
  it('finds GADM regencies made of water only', () => {
    const ids = waterRegencyIds([
      kec('LakeToba', 'LakeToba', 'NA', 'WaterBody'),
      kec('Solok', 'Danau', '1303888'),
      kec('Solok', 'Lembang'),
    ]);
    expect([...ids]).toEqual(['IDN.LakeToba']);
  });
});
