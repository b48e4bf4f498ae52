import { describe, expect, it } from 'vitest';
import { fileSlug } from './chart-export';

describe('fileSlug', () => {
  it('turns names, codes and years into a safe, readable file name', () => {
    expect(fileSlug('IPM', 2024, 'Kabupaten/Kota')).toBe('ipm-2024-kabupaten-kota');
    expect(fileSlug('poverty-rate', '61.11', null, '')).toBe('poverty-rate-61-11');
    expect(fileSlug('Sektor unggulan', 'Kalimantan Barat', '2020–2023')).toBe(
      'sektor-unggulan-kalimantan-barat-2020-2023',
    );
  });
});
