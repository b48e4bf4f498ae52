import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKINGS_VIEW, parseRankingsParams, writeRankingsParams } from './rankings-params';

describe('rankings params', () => {
  it('restores sort, filters and search from the address', () => {
    const { view, rejected } = parseRankingsParams(
      new URLSearchParams('sort=value&dir=desc&province=61&kind=kota&q=pontianak'),
    );
    expect(view).toEqual({
      sort: { column: 'value', direction: 'desc' },
      filter: { province: '61', kind: 'kota', query: 'pontianak' },
    });
    expect(rejected).toEqual([]);
  });

  it('falls back to the default for each bad value and names it', () => {
    const { view, rejected } = parseRankingsParams(
      new URLSearchParams('sort=evil&dir=up&province=6&kind=desa'),
    );
    expect(view).toEqual(DEFAULT_RANKINGS_VIEW);
    expect(rejected).toEqual(['sort', 'dir', 'province', 'kind']);
  });

  it('writes only what differs from the defaults and keeps the other parameters', () => {
    const params = new URLSearchParams('indicator=ipm&sort=name');
    const next = writeRankingsParams(params, {
      sort: { column: 'rank', direction: 'desc' },
      filter: { province: '61' as never, kind: null, query: ' ' },
    });
    expect(next.toString()).toBe('dir=desc&province=61&indicator=ipm');
  });
});
