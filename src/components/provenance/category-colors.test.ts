import { describe, expect, it } from 'vitest';
import { categoryColors } from './category-colors';

const categories = [
  { id: 'hijau', label: { id: 'Zona hijau', en: '' }, order: 2 },
  { id: 'merah', label: { id: 'Zona merah', en: '' }, order: 0 },
  { id: 'kuning', label: { id: 'Zona kuning', en: '' }, order: 1 },
];

describe('categoryColors', () => {
  it('colours worst red and best blue by order, whatever the order of the list', () => {
    const colors = categoryColors({ polarity: 'higher-is-better', categories });
    expect([colors.get('merah'), colors.get('kuning'), colors.get('hijau')]).toEqual([
      '#fc8d59',
      '#ffffbf',
      '#91bfdb',
    ]);
  });

  it('keeps worst red for a lower-is-better indicator, since order is already worst first', () => {
    expect(categoryColors({ polarity: 'lower-is-better', categories }).get('merah')).toBe('#fc8d59');
  });

  it('gives nothing for an indicator without categories', () => {
    expect(categoryColors({ polarity: 'neutral' }).size).toBe(0);
  });
});
