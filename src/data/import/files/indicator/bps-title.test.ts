import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../../domain/indicator';
import { findCatalogueIndicator, readBpsTitle, suggestFromTitle } from './bps-title';

const ipm = {
  id: 'ipm',
  name: { id: 'Indeks Pembangunan Manusia (IPM)', en: 'Human Development Index (HDI)' },
  unit: { id: 'indeks (0–100)', en: 'index (0–100)' },
} as Indicator;
const poverty = {
  id: 'poverty-rate',
  name: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate' },
  unit: { id: '% penduduk', en: '% of population' },
} as Indicator;

describe('readBpsTitle', () => {
  it('drops the breakdown and the repeated header, and keeps the unit', () => {
    expect(
      readBpsTitle([
        '[Metode Baru] Indeks Pembangunan Manusia Menurut Provinsi dan Kabupaten/Kota (Indeks)',
        '[Metode Baru] Indeks Pembangunan Manusia',
      ]),
    ).toEqual({ name: '[Metode Baru] Indeks Pembangunan Manusia', unit: 'Indeks' });
  });
});

describe('findCatalogueIndicator', () => {
  it('recognises the IPM export as the bundled IPM, by name and unit', () => {
    expect(
      findCatalogueIndicator({ name: '[Metode Baru] Indeks Pembangunan Manusia', unit: 'Indeks' }, [
        poverty,
        ipm,
      ])?.id,
    ).toBe('ipm');
    expect(
      findCatalogueIndicator({ name: 'Persentase Penduduk Miskin', unit: 'Persen' }, [ipm, poverty])?.id,
    ).toBe('poverty-rate');
  });

  it('does not take a table with another unit or name for a bundled indicator', () => {
    expect(
      findCatalogueIndicator({ name: 'Indeks Pembangunan Manusia', unit: 'Tahun' }, [ipm]),
    ).toBeUndefined();
    expect(findCatalogueIndicator({ name: 'Indeks Pembangunan Gender' }, [ipm])).toBeUndefined();
  });

  it('proposes a new indicator named after the title otherwise', () => {
    expect(suggestFromTitle({ name: 'Angka Harapan Hidup', unit: 'Tahun' }, [ipm])).toEqual({
      name: 'Angka Harapan Hidup',
      id: 'angka-harapan-hidup',
      unit: 'Tahun',
    });
  });
});
