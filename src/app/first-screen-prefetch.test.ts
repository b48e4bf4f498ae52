import { describe, expect, it } from 'vitest';
import { firstScreenFiles } from './first-screen-prefetch';

const at = (url: string) => {
  const { pathname, search } = new URL(url, 'http://x');
  return firstScreenFiles({ pathname, search }, '/');
};

describe('firstScreenFiles', () => {
  it('starts the default map: IPM by province', () => {
    expect(at('/')).toEqual([
      'regions.json',
      'indicators.json',
      'observations/ipm.json',
      'boundaries/province.topo.json',
    ]);
  });

  it('follows the indicator and level in the address, with province outlines over regencies', () => {
    expect(at('/?indicator=poverty-rate&level=regency')).toEqual([
      'regions.json',
      'indicators.json',
      'observations/poverty-rate.json',
      'boundaries/regency.topo.json',
      'boundaries/province.topo.json',
    ]);
  });

  it('ignores an indicator the address cannot name and only starts the lists on other pages', () => {
    expect(at('/?indicator=../../secret')[2]).toBe('observations/ipm.json');
    expect(at('/region/61.11')).toEqual(['regions.json', 'indicators.json']);
  });
});
