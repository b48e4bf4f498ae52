import { describe, expect, it } from 'vitest';
import type { Change } from '../change/change-since';
import { assess, byMerit, byUrgency, compareWith, type Assessment, type Standing } from './attention';

const change = (verdict: Change['verdict'], incomparable?: Change['incomparable']): Change => ({
  from: { year: 2023, value: 1 },
  to: { year: 2024, value: 2 },
  delta: 1,
  movement: 'up',
  verdict,
  incomparable,
});
const standing = (extra: Partial<Standing>): Standing => ({
  polarity: 'higher-is-better',
  change: undefined,
  levelRank: undefined,
  parentRank: undefined,
  benchmark: undefined,
  target: undefined,
  ...extra,
});

describe('compareWith', () => {
  it('reads Kayong Utara’s poverty 8.84 against Kalimantan Barat’s 6.32 as above, and worse', () => {
    expect(compareWith(8.84, 6.32, 'lower-is-better', 2)).toEqual({ position: 'above', verdict: 'worse' });
  });
  it('reads its IPM 65.74 against 70.13 as below, and worse', () => {
    expect(compareWith(65.74, 70.13, 'higher-is-better', 2)).toEqual({ position: 'below', verdict: 'worse' });
  });
  it('calls values equal at the published precision the same, and gives neutral indicators no verdict', () => {
    expect(compareWith(6.321, 6.324, 'lower-is-better', 2)).toEqual({ position: 'equal', verdict: 'same' });
    expect(compareWith(126_898, 5_646_268, 'neutral', 0)).toEqual({ position: 'below', verdict: 'neutral' });
  });
});

describe('assess', () => {
  it('puts Kayong Utara’s IPM under attention: improving, but last of 14 and 470 of 514, below the province', () => {
    const ipm = assess(
      standing({
        change: change('improving'),
        levelRank: { rank: 470, of: 514 },
        parentRank: { rank: 14, of: 14 },
        benchmark: { position: 'below', verdict: 'worse' },
      }),
    );
    expect(ipm.concerns).toEqual(['bottom-quartile', 'bottom-quartile-in-parent', 'worse-than-benchmark']);
    expect(ipm.strengths).toEqual(['improving']);
    expect(ipm.severity).toBe(6);
    expect(ipm.merit).toBe(2);
    expect(ipm.group).toBe('attention');
  });

  it('puts its poverty rate under attention too: falling, but 12 of 14 in the province and above it', () => {
    const poverty = assess(
      standing({
        polarity: 'lower-is-better',
        change: change('improving'),
        levelRank: { rank: 242, of: 514 },
        parentRank: { rank: 12, of: 14 },
        benchmark: { position: 'above', verdict: 'worse' },
      }),
    );
    expect(poverty.concerns).toEqual(['bottom-quartile-in-parent', 'worse-than-benchmark']);
    expect(poverty.severity).toBe(3);
    expect(poverty.group).toBe('attention');
  });

  it('counts a missed target and a worsening change, but not a change across methods', () => {
    const target = {
      target: { region: '61.11', year: 2024, value: 66 },
      value: 65.74,
      valueYear: 2024,
      gap: 0.26,
    };
    const missed = assess(
      standing({ change: change('worsening'), target: { ...target, status: 'missed' } as never }),
    );
    expect(missed.concerns).toEqual(['missed-target', 'worsening']);
    expect(missed.severity).toBe(5);
    expect(assess(standing({ change: change('worsening', 'method') })).concerns).toEqual([]);
  });

  it('says what goes well: top quarter, improving, better than the province, target met', () => {
    const target = {
      target: { region: '61.71', year: 2024, value: 80 },
      value: 81.57,
      valueYear: 2024,
      gap: -1.57,
    };
    const well = assess(
      standing({
        change: change('improving'),
        levelRank: { rank: 20, of: 514 },
        parentRank: { rank: 1, of: 14 },
        benchmark: { position: 'above', verdict: 'better' },
        target: { ...target, status: 'met' } as never,
      }),
    );
    expect(well.strengths).toEqual([
      'target-met',
      'top-quartile',
      'top-quartile-in-parent',
      'improving',
      'better-than-benchmark',
    ]);
    expect(well.merit).toBe(11);
    expect(well.group).toBe('well');
  });

  it('never judges a neutral indicator, and leaves an indicator with no findings in neither list', () => {
    const neutral = assess(
      standing({ polarity: 'neutral', change: change('neutral'), levelRank: { rank: 514, of: 514 } }),
    );
    expect(neutral).toEqual({ concerns: [], strengths: [], severity: 0, merit: 0, group: 'none' });
    expect(assess(standing({})).group).toBe('none');
  });

  it('calls a tie between concerns and strengths a concern', () => {
    const tie = assess(standing({ change: change('improving'), parentRank: { rank: 14, of: 14 } }));
    expect([tie.severity, tie.merit, tie.group]).toEqual([2, 2, 'attention']);
  });
});

describe('byUrgency and byMerit', () => {
  const item = (id: string, severity: number, merit: number): { id: string; assessment: Assessment } => ({
    id,
    assessment: {
      concerns: [],
      strengths: [],
      severity,
      merit,
      group: severity > 0 && severity >= merit ? 'attention' : merit > severity ? 'well' : 'none',
    },
  });
  const items = [
    item('a', 3, 2),
    item('b', 6, 2),
    item('c', 3, 0),
    item('d', 0, 4),
    item('e', 1, 5),
    item('f', 0, 0),
  ];

  it('ranks concerns by severity, then by less merit', () => {
    expect(byUrgency(items).map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });
  it('ranks strengths by merit', () => {
    expect(byMerit(items).map((i) => i.id)).toEqual(['e', 'd']);
  });
});
