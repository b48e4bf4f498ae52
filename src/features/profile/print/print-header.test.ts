import { describe, expect, it } from 'vitest';
import { cssString, printDate, printHeaderVars } from './print-header';

describe('print header', () => {
  it('dates the copy the Indonesian way', () => {
    expect(printDate(new Date(2026, 11, 4), 'id')).toBe('4 Desember 2026');
    expect(printDate(new Date(2026, 11, 4), 'en')).toBe('4 December 2026');
  });

  it('quotes names from data so they cannot end the CSS string', () => {
    expect(cssString('Kota "A" \\ B')).toBe('"Kota \\"A\\" \\\\ B"');
  });

  it('gives the margin boxes the site, the region, the date and the address', () => {
    expect(
      printHeaderVars({
        region: 'Kabupaten Kayong Utara',
        printed: 'Dicetak 4 Desember 2026',
        address: 'https://kinerja.example/region/61.11',
      }),
    ).toEqual({
      '--print-head': '"Kinerja Daerah · Kabupaten Kayong Utara"',
      '--print-date': '"Dicetak 4 Desember 2026"',
      '--print-address': '"https://kinerja.example/region/61.11"',
    });
  });
});
