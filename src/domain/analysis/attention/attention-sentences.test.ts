import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../indicator';
import { describeStanding, unitSuffix, type SentenceFacts } from './attention-sentences';

const formatId = (n: number) => n.toFixed(2).replace('.', ',');
const formatEn = (n: number) => n.toFixed(2);

type Movement = 'up' | 'down' | 'flat' | 'single';
type Against = 'above' | 'below' | 'equal' | 'none';

/** 8 → 9 (up), 9 → 8 (down), 8 → 8 (flat), 8 alone; the province at 6 (region above), 10 (below) or level. */
function facts(polarity: Polarity, movement: Movement, against: Against): SentenceFacts {
  const latest = movement === 'up' ? 9 : 8;
  const previous = { up: 8, down: 9, flat: 8, single: undefined }[movement];
  const benchmark = { above: 6, below: 10, equal: latest, none: undefined }[against];
  return {
    name: 'X',
    suffix: '%',
    polarity,
    decimals: 2,
    latest: { year: 2024, value: latest },
    previous: previous === undefined ? undefined : { year: 2023, value: previous },
    benchmark: benchmark === undefined ? undefined : { name: 'Kalimantan Barat', value: benchmark },
  };
}

const CLAUSE_ID: Record<Movement, string> = {
  up: 'X naik dari 8,00% (2023) menjadi 9,00% (2024)',
  down: 'X turun dari 9,00% (2023) menjadi 8,00% (2024)',
  flat: 'X tetap 8,00% pada 2023 dan 2024',
  single: 'X sebesar 8,00% pada 2024',
};
const CLAUSE_EN: Record<Movement, string> = {
  up: 'X rose from 8.00% (2023) to 9.00% (2024)',
  down: 'X fell from 9.00% (2023) to 8.00% (2024)',
  flat: 'X stayed at 8.00% in 2023 and 2024',
  single: 'X was 8.00% in 2024',
};

// [polarity, movement, the region against its province, Indonesian ending, English ending]
const TABLE: [Polarity, Movement, Against, string, string][] = [
  // higher is better: up improves, being above is better
  [
    'higher-is-better',
    'up',
    'above',
    ', dan berada di atas Kalimantan Barat (6,00%)',
    ', and is above Kalimantan Barat (6.00%)',
  ],
  [
    'higher-is-better',
    'up',
    'below',
    ', tetapi masih di bawah Kalimantan Barat (10,00%)',
    ', but is still below Kalimantan Barat (10.00%)',
  ],
  [
    'higher-is-better',
    'up',
    'equal',
    ', sama dengan Kalimantan Barat (9,00%)',
    ', the same as Kalimantan Barat (9.00%)',
  ],
  ['higher-is-better', 'up', 'none', '', ''],
  [
    'higher-is-better',
    'down',
    'above',
    ', tetapi masih di atas Kalimantan Barat (6,00%)',
    ', but is still above Kalimantan Barat (6.00%)',
  ],
  [
    'higher-is-better',
    'down',
    'below',
    ', dan berada di bawah Kalimantan Barat (10,00%)',
    ', and is below Kalimantan Barat (10.00%)',
  ],
  [
    'higher-is-better',
    'down',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['higher-is-better', 'down', 'none', '', ''],
  [
    'higher-is-better',
    'flat',
    'above',
    ', di atas Kalimantan Barat (6,00%)',
    ', above Kalimantan Barat (6.00%)',
  ],
  [
    'higher-is-better',
    'flat',
    'below',
    ', di bawah Kalimantan Barat (10,00%)',
    ', below Kalimantan Barat (10.00%)',
  ],
  [
    'higher-is-better',
    'flat',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['higher-is-better', 'flat', 'none', '', ''],
  [
    'higher-is-better',
    'single',
    'above',
    ', di atas Kalimantan Barat (6,00%)',
    ', above Kalimantan Barat (6.00%)',
  ],
  [
    'higher-is-better',
    'single',
    'below',
    ', di bawah Kalimantan Barat (10,00%)',
    ', below Kalimantan Barat (10.00%)',
  ],
  [
    'higher-is-better',
    'single',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['higher-is-better', 'single', 'none', '', ''],
  // lower is better: down improves, being below is better
  [
    'lower-is-better',
    'up',
    'above',
    ', dan berada di atas Kalimantan Barat (6,00%)',
    ', and is above Kalimantan Barat (6.00%)',
  ],
  [
    'lower-is-better',
    'up',
    'below',
    ', tetapi masih di bawah Kalimantan Barat (10,00%)',
    ', but is still below Kalimantan Barat (10.00%)',
  ],
  [
    'lower-is-better',
    'up',
    'equal',
    ', sama dengan Kalimantan Barat (9,00%)',
    ', the same as Kalimantan Barat (9.00%)',
  ],
  ['lower-is-better', 'up', 'none', '', ''],
  [
    'lower-is-better',
    'down',
    'above',
    ', tetapi masih di atas Kalimantan Barat (6,00%)',
    ', but is still above Kalimantan Barat (6.00%)',
  ],
  [
    'lower-is-better',
    'down',
    'below',
    ', dan berada di bawah Kalimantan Barat (10,00%)',
    ', and is below Kalimantan Barat (10.00%)',
  ],
  [
    'lower-is-better',
    'down',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['lower-is-better', 'down', 'none', '', ''],
  [
    'lower-is-better',
    'flat',
    'above',
    ', di atas Kalimantan Barat (6,00%)',
    ', above Kalimantan Barat (6.00%)',
  ],
  [
    'lower-is-better',
    'flat',
    'below',
    ', di bawah Kalimantan Barat (10,00%)',
    ', below Kalimantan Barat (10.00%)',
  ],
  [
    'lower-is-better',
    'flat',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['lower-is-better', 'flat', 'none', '', ''],
  [
    'lower-is-better',
    'single',
    'above',
    ', di atas Kalimantan Barat (6,00%)',
    ', above Kalimantan Barat (6.00%)',
  ],
  [
    'lower-is-better',
    'single',
    'below',
    ', di bawah Kalimantan Barat (10,00%)',
    ', below Kalimantan Barat (10.00%)',
  ],
  [
    'lower-is-better',
    'single',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['lower-is-better', 'single', 'none', '', ''],
  // neutral: no better or worse, so never "but still"
  ['neutral', 'up', 'above', ', di atas Kalimantan Barat (6,00%)', ', above Kalimantan Barat (6.00%)'],
  ['neutral', 'up', 'below', ', di bawah Kalimantan Barat (10,00%)', ', below Kalimantan Barat (10.00%)'],
  [
    'neutral',
    'up',
    'equal',
    ', sama dengan Kalimantan Barat (9,00%)',
    ', the same as Kalimantan Barat (9.00%)',
  ],
  ['neutral', 'up', 'none', '', ''],
  ['neutral', 'down', 'above', ', di atas Kalimantan Barat (6,00%)', ', above Kalimantan Barat (6.00%)'],
  ['neutral', 'down', 'below', ', di bawah Kalimantan Barat (10,00%)', ', below Kalimantan Barat (10.00%)'],
  [
    'neutral',
    'down',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['neutral', 'down', 'none', '', ''],
  ['neutral', 'flat', 'above', ', di atas Kalimantan Barat (6,00%)', ', above Kalimantan Barat (6.00%)'],
  ['neutral', 'flat', 'below', ', di bawah Kalimantan Barat (10,00%)', ', below Kalimantan Barat (10.00%)'],
  [
    'neutral',
    'flat',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['neutral', 'flat', 'none', '', ''],
  ['neutral', 'single', 'above', ', di atas Kalimantan Barat (6,00%)', ', above Kalimantan Barat (6.00%)'],
  ['neutral', 'single', 'below', ', di bawah Kalimantan Barat (10,00%)', ', below Kalimantan Barat (10.00%)'],
  [
    'neutral',
    'single',
    'equal',
    ', sama dengan Kalimantan Barat (8,00%)',
    ', the same as Kalimantan Barat (8.00%)',
  ],
  ['neutral', 'single', 'none', '', ''],
];

describe('describeStanding', () => {
  it('covers every polarity × direction × comparison once', () => {
    expect(new Set(TABLE.map(([p, m, a]) => `${p}|${m}|${a}`)).size).toBe(3 * 4 * 4);
  });

  it.each(TABLE)('%s, %s, %s of the province', (polarity, movement, against, idEnd, enEnd) => {
    const f = facts(polarity, movement, against);
    expect(describeStanding(f, 'id', formatId)).toBe(`${CLAUSE_ID[movement]}${idEnd}.`);
    expect(describeStanding(f, 'en', formatEn)).toBe(`${CLAUSE_EN[movement]}${enEnd}.`);
  });

  it('writes the issue’s example for Kayong Utara’s poverty rate', () => {
    const poverty: SentenceFacts = {
      name: 'Persentase penduduk miskin',
      suffix: '%',
      polarity: 'lower-is-better',
      decimals: 2,
      previous: { year: 2023, value: 9.13 },
      latest: { year: 2024, value: 8.84 },
      benchmark: { name: 'Kalimantan Barat', value: 6.32 },
    };
    expect(describeStanding(poverty, 'id', formatId)).toBe(
      'Persentase penduduk miskin turun dari 9,13% (2023) menjadi 8,84% (2024), tetapi masih di atas Kalimantan Barat (6,32%).',
    );
    expect(describeStanding({ ...poverty, name: 'The poverty rate' }, 'en', formatEn)).toBe(
      'The poverty rate fell from 9.13% (2023) to 8.84% (2024), but is still above Kalimantan Barat (6.32%).',
    );
  });

  it('treats a change that rounds to zero as flat, and writes no suffix for an index', () => {
    const ipm: SentenceFacts = {
      name: 'IPM',
      suffix: '',
      polarity: 'higher-is-better',
      decimals: 2,
      previous: { year: 2023, value: 65.741 },
      latest: { year: 2024, value: 65.744 },
    };
    expect(describeStanding(ipm, 'id', formatId)).toBe('IPM tetap 65,74 pada 2023 dan 2024.');
  });
});

describe('unitSuffix', () => {
  it('writes % into the number and leaves other units to the name', () => {
    expect(unitSuffix({ id: '% penduduk', en: '% of population' })).toBe('%');
    expect(unitSuffix({ id: 'indeks (0–100)', en: 'index (0–100)' })).toBe('');
  });
});
