import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_VIEW, parseCompareParams, writeCompareParams } from './compare-params';

describe('compare params', () => {
  it('restores the scatter axes and the peer settings from the address', () => {
    const { view, rejected } = parseCompareParams(
      new URLSearchParams('compare=61.11&x=population&y=ipm&similar=ipm,area,ipm&peer=61.11'),
    );
    expect(view).toEqual({ x: 'population', y: 'ipm', similar: ['ipm', 'area'], peer: '61.11' });
    expect(rejected).toEqual([]);
  });

  it('falls back to the defaults for bad values and names them', () => {
    const { view, rejected } = parseCompareParams(new URLSearchParams('x=<script>&similar=,&peer=kayong'));
    expect(view).toEqual(DEFAULT_COMPARE_VIEW);
    expect(rejected).toEqual(['x', 'similar', 'peer']);
  });

  it('leaves defaults out of the address and keeps the other parameters', () => {
    const next = writeCompareParams(new URLSearchParams('compare=61.11,61.01'), {
      ...DEFAULT_COMPARE_VIEW,
      y: 'area',
    });
    expect(next.toString()).toBe('y=area&compare=61.11%2C61.01');
  });
});
