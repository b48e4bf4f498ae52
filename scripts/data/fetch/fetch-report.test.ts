import { describe, expect, it } from 'vitest';
import type { FactRow } from './fact-row';
import { compareWithPrevious, formatReport } from './fetch-report';

const row = (region_code: string, year: string, value: string) => ({ region_code, year, value }) as FactRow;

describe('compareWithPrevious', () => {
  it('counts unchanged values, lists revisions and new years, and counts what disappeared', () => {
    const previous = [row('61', '2022', '68.63'), row('61', '2023', '69.41'), row('61.07', '2023', '69.53')];
    const rows = [row('61', '2022', '68.630'), row('61', '2023', '69.5'), row('61', '2024', '70.1')];
    expect(compareWithPrevious(previous, rows)).toEqual({
      unchanged: 1,
      revised: [{ region: '61', year: '2023', from: '69.41', to: '69.5' }],
      newYears: ['2024'],
      withdrawn: 1,
    });
  });

  it('calls every year new when there was no previous table', () => {
    expect(compareWithPrevious([], [row('ID', '2023', '1'), row('ID', '2022', '2')]).newYears).toEqual([
      '2022',
      '2023',
    ]);
  });
});

describe('formatReport', () => {
  it('lists the revisions and says when a table on disk was left alone', () => {
    const lines = formatReport([
      {
        id: 'ipm',
        status: 'fetched',
        fetched: 3,
        unchanged: 1,
        revised: [{ region: '61', year: '2023', from: '69.41', to: '69.5' }],
        newYears: ['2024'],
        withdrawn: 0,
        problems: ['row 9707 "Yahukimo": no Kemendagri code for BPS 9707'],
      },
      {
        id: 'tpt',
        status: 'not-available',
        fetched: 0,
        unchanged: 0,
        revised: [],
        newYears: [],
        withdrawn: 0,
        problems: [],
        message: 'list-not-available',
      },
    ]);
    expect(lines).toEqual([
      'ipm: fetched – 3 value(s): 1 unchanged, 1 revised, new years 2024, 0 no longer published',
      '  revised 61 2023: 69.41 → 69.5',
      '  left out: row 9707 "Yahukimo": no Kemendagri code for BPS 9707',
      'tpt: not-available – list-not-available; the table on disk is unchanged',
    ]);
  });
});
