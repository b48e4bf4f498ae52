import { describe, expect, it } from 'vitest';
import { decimalsOf, detectDecimalMark, isMissingCell, parseNumber } from './parse-number';

describe('detectDecimalMark', () => {
  it('reads Indonesian numbers from a cell with both marks', () => {
    expect(detectDecimalMark(['8,84', '1.234,5', '12'])).toBe(',');
  });
  it('reads English numbers from a cell with both marks', () => {
    expect(detectDecimalMark(['1,234.5', '8.84'])).toBe('.');
  });
  it('takes a repeated point for a thousands separator', () => {
    expect(detectDecimalMark(['1.234.567', '2.000'])).toBe(',');
  });
  it('takes a point followed by two digits for a decimal', () => {
    expect(detectDecimalMark(['68.63', '70.1'])).toBe('.');
  });
  it('falls back to the Indonesian decimal comma when only "1,234"-like cells are seen', () => {
    expect(detectDecimalMark(['1,234'])).toBe(',');
  });
  it('ignores text cells', () => {
    expect(detectDecimalMark(['Sambas', '61.11', 'abc'])).toBe('.');
  });
});

describe('parseNumber', () => {
  it('reads decimal commas and thousands points', () => {
    expect(parseNumber('8,84', ',')).toBe(8.84);
    expect(parseNumber('1.234.567,25', ',')).toBe(1234567.25);
    expect(parseNumber('-0,5', ',')).toBe(-0.5);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
  });
  it('reads decimal points and thousands commas', () => {
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseNumber('68.63', '.')).toBe(68.63);
    expect(parseNumber('12%', '.')).toBe(12);
  });
  it('refuses badly grouped digits, words and a second decimal mark', () => {
    expect(parseNumber('1.23,4', ',')).toBeNull();
    expect(parseNumber('8,84', '.')).toBeNull();
    expect(parseNumber('tujuh', ',')).toBeNull();
    expect(parseNumber('1,2,3', ',')).toBeNull();
    expect(parseNumber('', ',')).toBeNull();
  });
});

describe('isMissingCell and decimalsOf', () => {
  it('knows the ways tables leave a cell empty', () => {
    expect(['', ' - ', '…', 'NA', '...'].every(isMissingCell)).toBe(true);
    expect(isMissingCell('0')).toBe(false);
  });
  it('counts the written decimals', () => {
    expect(decimalsOf('8,84', ',')).toBe(2);
    expect(decimalsOf('1.234', ',')).toBe(0);
    expect(decimalsOf('68.6', '.')).toBe(1);
  });
});
