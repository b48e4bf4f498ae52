import { describe, expect, it } from 'vitest';
import { pickRankingsYear } from './rankings-year';

describe('pickRankingsYear', () => {
  it('opens on the newest year with values, even when an older year has more of them', () => {
    // SPBE-like: 2025 holds one region, 2023 many; the ranking still opens on 2025 and says so.
    expect(pickRankingsYear(null, [2025, 2024, 2023])).toEqual({ year: 2025, basis: 'newest' });
  });

  it('keeps a chosen year with values, and falls back to the newest for one without', () => {
    expect(pickRankingsYear(2023, [2024, 2023])).toEqual({ year: 2023, basis: 'chosen' });
    expect(pickRankingsYear(2019, [2024, 2023])).toEqual({ year: 2024, basis: 'chosen-empty' });
  });

  it('has no year when the level has no values', () => {
    expect(pickRankingsYear(null, [])).toEqual({ year: undefined, basis: 'newest' });
  });
});
