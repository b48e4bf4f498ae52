import { describe, expect, it } from 'vitest';
import { communityNeed, needLevel, type NeedIndicatorId, type NeedMeasure } from './need-rule';

const m = (indicator: NeedIndicatorId, value: number, referenceValue: number): NeedMeasure => ({
  indicator,
  year: 2024,
  value,
  referenceValue,
});

describe('the need rule', () => {
  it('scores each measure 0.5 at the reference and 1 at its span worse, by hand-checked numbers', () => {
    // HLS 11,5 against 12,5: 8 % fewer years, span 20 % → 0.5 + 0.08 / 0.4 = 0.7.
    expect(needLevel(m('expected-years-schooling', 11.5, 12.5))).toBeCloseTo(0.7, 10);
    // RLS 7 against 8: 12,5 % fewer → 0.5 + 0.125 / 0.4 = 0.8125.
    expect(needLevel(m('mean-years-schooling', 7, 8))).toBeCloseTo(0.8125, 10);
    // Life expectancy 66 against 70: 5,714 % lower, span 10 % → 0.785714.
    expect(needLevel(m('life-expectancy', 66, 70))).toBeCloseTo(0.785714, 6);
    // Sanitation 60 % against 80 %: 25 % lower, span 30 % → 0.916667; drinking water 90 against 80 → 0.291667.
    expect(needLevel(m('improved-sanitation', 60, 80))).toBeCloseTo(0.916667, 6);
    expect(needLevel(m('improved-drinking-water', 90, 80))).toBeCloseTo(0.291667, 6);
    // Poverty keeps its old scale: 12 against 8 is one and a half times → 1; unemployment 6 vs 4,8 → 0.75.
    expect(needLevel(m('poverty-rate', 12, 8))).toBe(1);
    expect(needLevel(m('unemployment-rate', 6, 4.8))).toBeCloseTo(0.75, 10);
  });

  it('raises education, health, water and the labour-absorbing sectors from their own measures', () => {
    const need = communityNeed([
      m('expected-years-schooling', 11.5, 12.5),
      m('mean-years-schooling', 7, 8),
      m('life-expectancy', 66, 70),
      m('improved-sanitation', 60, 80),
      m('improved-drinking-water', 90, 80),
      m('poverty-rate', 9, 9),
    ])!;
    expect(need.bySector.P?.level).toBeCloseTo(0.8125, 10);
    expect(need.bySector.P?.driver.indicator).toBe('mean-years-schooling');
    expect(need.bySector.Q?.level).toBeCloseTo(0.785714, 6);
    expect(need.bySector.E?.driver.indicator).toBe('improved-sanitation');
    expect(need.bySector.A?.level).toBe(0.5);
    expect(need.bySector.I?.level).toBe(0.5);
    // Mining, finance…: no measure targets them.
    expect(need.bySector.B).toBeUndefined();
    expect(need.bySector.K).toBeUndefined();
    expect(need.driver.indicator).toBe('improved-sanitation');
  });

  it('gives nothing without a usable measure, and ignores a zero reference', () => {
    expect(communityNeed([])).toBeNull();
    expect(communityNeed([m('life-expectancy', 66, 0)])).toBeNull();
  });
});
