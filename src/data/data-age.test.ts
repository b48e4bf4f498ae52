import { afterEach, describe, expect, it, vi } from 'vitest';
import { getOldestDataDate, recordDataDate, resetDataAge, subscribeDataAge } from './data-age';

afterEach(resetDataAge);

describe('data age', () => {
  it('keeps the oldest Date header of the data responses', () => {
    recordDataDate('/data/v1/regions.json', 'Fri, 04 Dec 2026 10:00:00 GMT');
    recordDataDate('/data/v1/observations/ipm.json', 'Thu, 03 Dec 2026 08:30:00 GMT');
    recordDataDate('/data/v1/indicators.json', 'Fri, 04 Dec 2026 11:00:00 GMT');
    expect(new Date(getOldestDataDate()!).toISOString()).toBe('2026-12-03T08:30:00.000Z');
  });

  it('takes a newer download of the same file in place of the old one', () => {
    recordDataDate('/a.json', 'Thu, 03 Dec 2026 08:30:00 GMT');
    recordDataDate('/b.json', 'Fri, 04 Dec 2026 09:00:00 GMT');
    recordDataDate('/a.json', 'Fri, 04 Dec 2026 12:00:00 GMT');
    expect(new Date(getOldestDataDate()!).toISOString()).toBe('2026-12-04T09:00:00.000Z');
  });

  it('ignores a missing or unreadable header and tells listeners only of a change', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeDataAge(listener);
    recordDataDate('/a.json', null);
    recordDataDate('/a.json', 'not a date');
    expect(getOldestDataDate()).toBeNull();
    expect(listener).not.toHaveBeenCalled();
    recordDataDate('/a.json', 'Thu, 03 Dec 2026 08:30:00 GMT');
    recordDataDate('/b.json', 'Fri, 04 Dec 2026 09:00:00 GMT');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
