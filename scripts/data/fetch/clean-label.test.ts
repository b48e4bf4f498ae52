import { describe, expect, it } from 'vitest';
import { cleanLabel, isProvisionalLabel, nameKey, yearFromLabel } from './clean-label';
import { publicTableUrl } from './public-table-url';

describe('labels', () => {
  it('unescapes and strips markup and squeezes spaces', () => {
    expect(cleanLabel('&lt;b&gt;Kalimantan Barat&lt;/b&gt; ')).toBe('Kalimantan Barat');
    expect(cleanLabel('Morowali  Utara <br>')).toBe('Morowali Utara');
  });

  it('reads years and provisional markers from labels', () => {
    expect([yearFromLabel('2024*'), yearFromLabel('2023'), yearFromLabel('Tahunan')]).toEqual([
      2024,
      2023,
      undefined,
    ]);
    expect(['2024*', '2024**', 'Angka Sementara', '2023'].map(isProvisionalLabel)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('spells BPS and Kemendagri names alike', () => {
    expect(nameKey('KEP. BANGKA BELITUNG')).toBe(nameKey('Kepulauan Bangka Belitung'));
    expect(nameKey('DI YOGYAKARTA')).toBe(nameKey('Daerah Istimewa Yogyakarta'));
    expect(nameKey('Fak Fak')).toBe(nameKey('Kabupaten Fakfak'));
    expect(nameKey('DKI JAKARTA')).toBe(nameKey('Daerah Khusus Ibukota Jakarta'));
    expect(nameKey('Daerah Khusus Jakarta')).toBe(nameKey('Daerah Khusus Ibukota Jakarta'));
    expect(nameKey('Kota Jakarta Selatan')).not.toBe(nameKey('DKI Jakarta'));
    expect(nameKey('Kota Pontianak')).toBe(nameKey('Pontianak'));
    expect(nameKey('Bengkayang')).not.toBe(nameKey('Mempawah'));
  });
});

describe('publicTableUrl', () => {
  it('links the bps.go.id page of the table: base64 of "413#2", never the WebAPI', () => {
    expect(publicTableUrl('https://www.bps.go.id', 413, '[Metode Baru] Indeks Pembangunan Manusia')).toBe(
      'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/-metode-baru--indeks-pembangunan-manusia.html',
    );
    expect(publicTableUrl('https://kalbar.bps.go.id/', 990, 'IPM')).toBe(
      'https://kalbar.bps.go.id/id/statistics-table/2/OTkwIzI=/ipm.html',
    );
  });
});
