import { describe, expect, it } from 'vitest';
import { gadmRegencyKey, gadmRegencyKind, normaliseName, splitRegencyName } from './normalise-name';

describe('normaliseName', () => {
  it('keeps only lower-case letters and digits', () => {
    expect(normaliseName('Poli-Polia')).toBe('polipolia');
    expect(normaliseName('Poli Polia')).toBe('polipolia');
    expect(normaliseName("Sangalla' Selatan")).toBe('sangallaselatan');
    expect(normaliseName('IV Nagari')).toBe('ivnagari');
    expect(normaliseName('Mubarni/Arfu')).toBe('mubarniarfu');
  });

  it('drops diacritics', () => {
    expect(normaliseName('Tompaso Baru')).toBe(normaliseName('Tompasó Báru'));
  });

  it('matches GADM CamelCase with idn-area-data spacing', () => {
    expect(normaliseName('TanjungJabungB')).toBe('tanjungjabungb');
    expect(normaliseName('SasitaMean')).toBe(normaliseName('Sasitamean'));
  });
});

describe('splitRegencyName', () => {
  it('separates kind and name', () => {
    expect(splitRegencyName('Kabupaten Kayong Utara')).toEqual({ kind: 'kabupaten', key: 'kayongutara' });
    expect(splitRegencyName('Kota Bandung')).toEqual({ kind: 'kota', key: 'bandung' });
    expect(splitRegencyName('Kota Administrasi Jakarta Pusat')).toEqual({
      kind: 'kota',
      key: 'jakartapusat',
    });
    expect(splitRegencyName('Kabupaten Administrasi Kepulauan Seribu')).toEqual({
      kind: 'kabupaten',
      key: 'kepulauanseribu',
    });
  });

  it('keeps "Kota" that is part of the name', () => {
    expect(splitRegencyName('Kabupaten Kotabaru')).toEqual({ kind: 'kabupaten', key: 'kotabaru' });
    expect(splitRegencyName('Kabupaten Lima Puluh Kota')).toEqual({
      kind: 'kabupaten',
      key: 'limapuluhkota',
    });
    expect(splitRegencyName('Kota Kotamobagu')).toEqual({ kind: 'kota', key: 'kotamobagu' });
  });

  it('refuses a name without prefix', () => {
    expect(() => splitRegencyName('Kayong Utara')).toThrow(/prefix/);
  });
});

describe('gadmRegencyKey', () => {
  it('strips the Kota prefix GADM puts on some cities only', () => {
    expect(gadmRegencyKey('KotaBandung', 'Kota')).toBe('bandung');
    expect(gadmRegencyKey('Surabaya', 'Kota')).toBe('surabaya');
    expect(gadmRegencyKey('KotaBaru', 'Kabupaten')).toBe('kotabaru');
    expect(gadmRegencyKey('Kotamobagu', 'Kota')).toBe('kotamobagu');
  });

  it('reads the kind, which is unknown for Kalimantan Utara', () => {
    expect(gadmRegencyKind('Kabupaten')).toBe('kabupaten');
    expect(gadmRegencyKind('Kota')).toBe('kota');
    expect(gadmRegencyKind('NA')).toBeNull();
  });
});
