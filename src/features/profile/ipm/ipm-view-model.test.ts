import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import { indexRegions } from '../../../domain/region-index';
import { toIpmView } from './ipm-view-model';

const region = (code: string, name: string, level: Region['level'], parent: string | null): Region =>
  ({ code, name, level, parent, kind: level === 'regency' ? 'kabupaten' : 'provinsi' }) as Region;
const regions = [
  region('ID', 'Indonesia', 'country', null),
  region('61', 'Kalimantan Barat', 'province', 'ID'),
  region('61.11', 'Kabupaten Kayong Utara', 'regency', '61'),
];
const index = indexRegions(regions);
const obs = (code: string, value: number, year = 2024): Observation => ({
  region: code as RegionCode,
  year,
  value,
});
const observationsById = new Map<string, Observation[]>([
  ['ipm', [obs('ID', 74.2), obs('61', 70.13), obs('61.11', 65.74)]],
  ['life-expectancy', [obs('61.11', 69.51)]],
  ['expected-years-schooling', [obs('61.11', 12.2)]],
  ['mean-years-schooling', [obs('61.11', 6.54)]],
  ['adjusted-expenditure', [obs('61.11', 9016)]],
]);

describe('toIpmView', () => {
  it('puts Kayong Utara beside Kalimantan Barat and Indonesia, with gaps where no components exist', () => {
    const view = toIpmView({ region: regions[2]!, indicators: [], observationsById, index })!;
    expect(view.columns.map((c) => [c.region.code, c.ipm, c.indices === undefined])).toEqual([
      ['61.11', 65.74, false],
      ['61', 70.13, true],
      ['ID', 74.2, true],
    ]);
    expect(view.columns[0]?.indices?.education).toBeCloseTo(0.5569, 4);
    expect(view.decomposition.weakest.dimension).toBe('education');
    expect(view.decomposition.weakest.rankInParent).toEqual({ rank: 1, of: 1 });
  });

  it('is undefined for a province, which has no components', () => {
    expect(toIpmView({ region: regions[1]!, indicators: [], observationsById, index })).toBeUndefined();
  });
});
