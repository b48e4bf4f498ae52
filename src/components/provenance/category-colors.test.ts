import { describe, expect, it } from 'vitest';
import { categoryColors } from './category-colors';

const categories = [
  { id: 'tinggi', label: { id: 'Tinggi', en: '' }, order: 2 },
  { id: 'rendah', label: { id: 'Rendah', en: '' }, order: 0 },
  { id: 'sedang', label: { id: 'Sedang', en: '' }, order: 1 },
];
const zones = [
  { id: 'hijau', label: { id: 'Zona hijau', en: '' }, order: 2 },
  { id: 'merah', label: { id: 'Zona merah', en: '' }, order: 0 },
  { id: 'kuning', label: { id: 'Zona kuning', en: '' }, order: 1 },
];

describe('categoryColors', () => {
  it('colours worst red and best blue by order, whatever the order of the list', () => {
    const colors = categoryColors({ polarity: 'higher-is-better', categories });
    expect([colors.get('rendah'), colors.get('sedang'), colors.get('tinggi')]).toEqual([
      '#fc8d59',
      '#ffffbf',
      '#91bfdb',
    ]);
  });

  it('keeps worst red for a lower-is-better indicator, since order is already worst first', () => {
    expect(categoryColors({ polarity: 'lower-is-better', categories }).get('rendah')).toBe('#fc8d59');
  });

  it('colours zones named after a colour in that colour, so "Zona hijau" is green', () => {
    const colors = categoryColors({ polarity: 'higher-is-better', categories: zones });
    expect([colors.get('merah'), colors.get('kuning'), colors.get('hijau')]).toEqual([
      '#d73027',
      '#fee08b',
      '#1a9850',
    ]);
  });

  it('gives nothing for an indicator without categories', () => {
    expect(categoryColors({ polarity: 'neutral' }).size).toBe(0);
  });
});
