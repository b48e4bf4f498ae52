import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatNumber, formatValue } from './format';

describe('formatNumber', () => {
  it('uses a dot for thousands and a comma for decimals in Indonesian', () => {
    expect(formatNumber(1234.5, 'id', 1)).toBe('1.234,5');
    expect(formatNumber(284973643, 'id')).toBe('284.973.643');
  });

  it('uses English separators when English is chosen', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });

  it('keeps the indicator decimals, padding with zeros', () => {
    expect(formatNumber(8.8, 'id', 2)).toBe('8,80');
    expect(formatNumber(-0.125, 'id', 2)).toBe('-0,13');
  });
});

describe('formatValue', () => {
  it('says the value is missing instead of printing zero', () => {
    expect(formatValue(null, 'id', 2, 'tidak ada data')).toBe('tidak ada data');
    expect(formatValue(0, 'id', 2, 'tidak ada data')).toBe('0,00');
  });
});

describe('formatBytes', () => {
  it('prints kilobytes with one decimal', () => {
    expect(formatBytes(2048, 'id')).toBe('2,0 KB');
  });
});

describe('formatDateTime', () => {
  it('writes the date and time the way each language reads them', () => {
    const time = Date.UTC(2026, 11, 4, 10, 30);
    expect(formatDateTime(time, 'id', 'UTC')).toBe('4 Desember 2026 pukul 10.30');
    expect(formatDateTime(time, 'en', 'UTC')).toBe('4 December 2026 at 10:30');
  });
});
