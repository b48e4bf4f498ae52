import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS_VIEW, parseSectorsParams, writeSectorsParams } from './sectors-params';

describe('sector view parameters', () => {
  it('defaults to ADHK, CAGR, the default reference and weights 25,20,15,25,15', () => {
    expect(parseSectorsParams(new URLSearchParams(''))).toEqual({ view: DEFAULT_SECTORS_VIEW, rejected: [] });
    expect(DEFAULT_SECTORS_VIEW.weights).toEqual({ slq: 25, dlq: 20, competitive: 15, size: 25, need: 15 });
  });

  it('reads period, basis, reference, growth convention and weights', () => {
    const { view, rejected } = parseSectorsParams(
      new URLSearchParams(
        'region=61.01&from=2023&to=2024&basis=adhb&ref=regencies&growth=mean&w=10,0,30,40,20',
      ),
    );
    expect(rejected).toEqual([]);
    expect(view).toEqual({
      from: 2023,
      to: 2024,
      basis: 'adhb',
      ref: 'regencies-sum',
      growth: 'mean',
      weights: { slq: 10, dlq: 0, competitive: 30, size: 40, need: 20 },
    });
  });

  it('reads and writes the quarter as q=2026Q1, refusing a quarter 5', () => {
    const { view } = parseSectorsParams(new URLSearchParams('region=61.11&q=2026Q1'));
    expect(view.quarter).toEqual({ year: 2026, quarter: 1 });
    expect(writeSectorsParams(new URLSearchParams('region=61.11'), view).toString()).toBe(
      'region=61.11&q=2026Q1',
    );
    expect(parseSectorsParams(new URLSearchParams('q=2026Q5')).rejected).toEqual(['q']);
  });

  it('falls back and reports what it could not read', () => {
    const { view, rejected } = parseSectorsParams(new URLSearchParams('basis=usd&w=1,2,3&to=20x4&ref=moon'));
    expect(view).toEqual(DEFAULT_SECTORS_VIEW);
    expect(rejected.sort()).toEqual(['basis', 'ref', 'to', 'w']);
    expect(parseSectorsParams(new URLSearchParams('w=101,0,0,0,0')).rejected).toEqual(['w']);
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const base = new URLSearchParams('region=61');
    expect(writeSectorsParams(base, DEFAULT_SECTORS_VIEW).toString()).toBe('region=61');
    const next = writeSectorsParams(base, {
      ...DEFAULT_SECTORS_VIEW,
      to: 2023,
      ref: 'national',
      weights: { ...DEFAULT_SECTORS_VIEW.weights, size: 0 },
    });
    expect(next.toString()).toBe('region=61&to=2023&ref=national&w=25%2C20%2C15%2C0%2C15');
    expect(parseSectorsParams(next).view.weights.size).toBe(0);
  });
});
