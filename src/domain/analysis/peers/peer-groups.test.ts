import { describe, expect, it } from 'vitest';
import type { Region, RegionCode } from '../../region';
import { peersOf } from './peer-groups';

const r = (code: string, kind: Region['kind'], level: Region['level'] = 'regency'): Region => ({
  code: code as RegionCode,
  name: code,
  level,
  parent: (level === 'regency' ? code.slice(0, 2) : 'ID') as RegionCode,
  kind,
});
const regions = [
  r('61', 'provinsi', 'province'),
  r('61.01', 'kabupaten'),
  r('61.11', 'kabupaten'),
  r('61.71', 'kota'),
  r('62.01', 'kabupaten'),
  r('62.71', 'kota'),
];
const codes = (list: Region[]) => list.map((x) => x.code);
const kayong = regions[2]!;

describe('peersOf', () => {
  it('finds the same province, the same kind, and both, never the region itself or another level', () => {
    expect(codes(peersOf(kayong, regions, 'province'))).toEqual(['61.01', '61.71']);
    expect(codes(peersOf(kayong, regions, 'kind'))).toEqual(['61.01', '62.01']);
    expect(codes(peersOf(kayong, regions, 'province-kind'))).toEqual(['61.01']);
  });
});
