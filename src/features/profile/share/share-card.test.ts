import { describe, expect, it } from 'vitest';
import { wrapText } from './share-card';

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;

  it('breaks between words so no line is wider than allowed', () => {
    expect(wrapText(measure, 'Kabupaten Kayong Utara di Kalimantan Barat', 240)).toEqual([
      'Kabupaten Kayong Utara', // 220 wide; with " di" 250
      'di Kalimantan Barat',
    ]);
  });

  it('keeps a single word longer than the line on its own line', () => {
    expect(wrapText(measure, 'Pembangunan manusia', 50)).toEqual(['Pembangunan', 'manusia']);
  });
});
