import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/indicator';
import type { Region } from '../../../domain/region';
import { missingToCsv } from './missing-csv';

const tolikara = { code: '95.04', name: 'Kabupaten Tolikara' } as Region;
const pegunungan = { code: '95', name: 'Papua Pegunungan' } as Region;
const sanitation = {
  id: 'improved-sanitation',
  name: { id: 'Sanitasi layak', en: 'Improved sanitation' },
} as Indicator;

describe('missingToCsv', () => {
  it('writes one line per gap with its status, never a zero', () => {
    const csv = missingToCsv(
      {
        rows: [
          {
            region: tolikara,
            province: pegunungan,
            expected: 1,
            gaps: [{ indicator: sanitation, year: 2024 }],
          },
        ],
        cells: 1,
        gapCount: 1,
        years: [2024],
      },
      'id',
      'tidak ada data',
    );
    expect(csv.replace('\uFEFF', '').split('\r\n')).toEqual([
      'region_code;region_name;province;indicator;indicator_name;year;status',
      '95.04;Kabupaten Tolikara;Papua Pegunungan;improved-sanitation;Sanitasi layak;2024;tidak ada data',
      '',
    ]);
  });
});
