import { describe, expect, it } from 'vitest';
import type { GadmRegencyProps } from './gadm-data';
import { codesAgree, joinRegencies, mapProvinces } from './join-regencies';

const gadm = (NAME_1: string, NAME_2: string, TYPE_2: string, CC_2: string): GadmRegencyProps => ({
  GID_1: `IDN.${NAME_1}`,
  NAME_1,
  GID_2: `IDN.${NAME_1}.${NAME_2}.${TYPE_2}`,
  NAME_2,
  TYPE_2,
  CC_2,
});

describe('mapProvinces', () => {
  it('joins by normalised name and by alias', () => {
    const { byCode, problems } = mapProvinces(
      [
        { code: '32', name: 'Jawa Barat' },
        { code: '31', name: 'Daerah Khusus Ibukota Jakarta' },
        { code: '93', name: 'Papua Selatan' },
        { code: '99', name: 'Nowhere' },
      ],
      ['JawaBarat', 'JakartaRaya', 'Papua'],
      { '31': 'JakartaRaya', '93': 'Papua' },
    );
    expect(Object.fromEntries(byCode)).toEqual({ '32': 'JawaBarat', '31': 'JakartaRaya', '93': 'Papua' });
    expect(problems).toEqual(['province 99 Nowhere: no GADM province']);
  });
});

describe('joinRegencies', () => {
  const provinces = new Map([
    ['32', 'JawaBarat'],
    ['61', 'KalimantanBarat'],
    ['65', 'KalimantanUtara'],
  ]);
  const units = [
    gadm('JawaBarat', 'Bandung', 'Kabupaten', '3204'),
    gadm('JawaBarat', 'KotaBandung', 'Kota', '3273'),
    gadm('JawaBarat', 'Ciamis', 'Kabupaten', '3207'),
    gadm('KalimantanBarat', 'Pontianak', 'Kabupaten', '6104'),
    gadm('KalimantanBarat', 'KotaPontianak', 'Kota', '6171'),
    gadm('KalimantanUtara', 'Tarakan', 'NA', 'NA'),
  ];

  it('tells a kabupaten from the kota of the same name', () => {
    const result = joinRegencies(
      [
        { code: '32.04', provinceCode: '32', name: 'Kabupaten Bandung' },
        { code: '32.73', provinceCode: '32', name: 'Kota Bandung' },
      ],
      units,
      provinces,
      [],
    );
    expect(result.joins.map((j) => [j.code, j.gadmName, j.method])).toEqual([
      ['32.04', 'Bandung', 'name'],
      ['32.73', 'KotaBandung', 'name'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('joins a GADM unit of unknown kind by name alone', () => {
    const result = joinRegencies(
      [{ code: '65.71', provinceCode: '65', name: 'Kota Tarakan' }],
      units,
      provinces,
      [],
    );
    expect(result.joins.map((j) => j.gadmName)).toEqual(['Tarakan']);
  });

  it('uses an alias for a renamed regency and checks its GADM code', () => {
    const renamed = { code: '61.02', provinceCode: '61', name: 'Kabupaten Mempawah' };
    const ok = joinRegencies([renamed], units, provinces, [
      { code: '61.02', gadmName: 'Pontianak', gadmCode: '6104', why: 'renamed' },
    ]);
    expect(ok.joins).toEqual([
      {
        code: '61.02',
        gid2: 'IDN.KalimantanBarat.Pontianak.Kabupaten',
        method: 'alias',
        gadmName: 'Pontianak',
        gadmCode: '6104',
      },
    ]);

    const typo = joinRegencies([renamed], units, provinces, [
      { code: '61.02', gadmName: 'Pontianak', gadmCode: '6171', why: 'renamed' },
    ]);
    expect(typo.joins).toEqual([]);
    expect(typo.problems).toEqual(['alias 61.02 → Pontianak: GADM code 6104, alias says 6171']);
  });

  it('leaves a regency newer than GADM unjoined and reports unused GADM units', () => {
    const result = joinRegencies(
      [
        { code: '32.07', provinceCode: '32', name: 'Kabupaten Ciamis' },
        { code: '32.18', provinceCode: '32', name: 'Kabupaten Pangandaran' },
      ],
      units,
      provinces,
      [],
    );
    expect(result.unjoined.map((r) => r.code)).toEqual(['32.18']);
    expect(result.unusedGadm.map((g) => g.NAME_2)).toEqual([
      'Bandung',
      'KotaBandung',
      'Pontianak',
      'KotaPontianak',
      'Tarakan',
    ]);
  });

  it('reports two regencies claiming one GADM unit', () => {
    const result = joinRegencies(
      [
        { code: '61.02', provinceCode: '61', name: 'Kabupaten Mempawah' },
        { code: '61.99', provinceCode: '61', name: 'Kabupaten Pontianak' },
      ],
      units,
      provinces,
      [{ code: '61.02', gadmName: 'Pontianak', gadmCode: '6104', why: 'renamed' }],
    );
    expect(result.problems).toEqual(['GADM Pontianak claimed by both 61.02 and 61.99']);
  });
});

describe('codesAgree', () => {
  it('compares a Kemendagri code with a GADM code without the dot', () => {
    expect(codesAgree('32.07', '3207')).toBe(true);
    expect(codesAgree('31.71', '3173')).toBe(false);
  });
});
