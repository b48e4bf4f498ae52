import { describe, expect, it } from 'vitest';
import type { SectorAnalysis, SectorResult } from '../analysis/sector-analysis';
import { communityNeed } from '../needs/need-rule';
import { plainLabel, plainReason } from './plain-verdict';

const snapshotA = { sector: 'A', slq: 1.3369, share: 0.3 } as unknown as SectorResult;
const quarter = { mode: 'quarterly', year: 2026, quarter: 1, growth: null } as unknown as SectorAnalysis;
const annualA = {
  sector: 'A',
  slq: 1.940484,
  share: 0.226535,
  growth: { dlq: 1.00241, verdict: 'unggulan-utama', shift: { competitive: 156.18 } },
} as unknown as SectorResult;
const annual = {
  mode: 'annual',
  year: 2023,
  quarter: null,
  growth: { from: 2020, to: 2023, years: 3 },
} as unknown as SectorAnalysis;
const none = { referenceName: 'Kalimantan Barat', need: null, missingNeeds: [] };

describe('plain verdict', () => {
  it('says a quarterly snapshot is a distinctive strength, with LQ, reference, quarter and preliminary', () => {
    expect(plainLabel(snapshotA)).toBe('khas');
    expect(plainReason(snapshotA, quarter, 'id', none)).toBe(
      'Pertanian menyumbang porsi ekonomi 1,34 kali porsinya di Kalimantan Barat pada triwulan I 2026 (angka sementara): ini kekuatan khas daerah.',
    );
    expect(plainReason(snapshotA, quarter, 'en', none)).toBe(
      'Agriculture makes up 1.34 times the share of the economy it has in Kalimantan Barat in Q1 2026 (preliminary): a distinctive strength of the region.',
    );
  });

  it('adds the growth period for annual rows and reads the overlay verdict in plain words', () => {
    expect(plainLabel(annualA)).toBe('utama');
    expect(plainReason(annualA, annual, 'id', { ...none, referenceName: 'Indonesia' })).toBe(
      'Pertanian menyumbang porsi ekonomi 1,94 kali porsinya di Indonesia dan tumbuh lebih cepat daripada di Indonesia (2020–2023): ini kekuatan utama daerah.',
    );
  });

  it('names the need that raises a sector, with its year and reference, and says when a need has no data', () => {
    const health = { sector: 'Q', slq: 0.8, share: 0.02 } as unknown as SectorResult;
    const need = communityNeed([
      { indicator: 'life-expectancy', year: 2024, value: 66, referenceValue: 70, referenceKind: 'median' },
    ]);
    expect(plainReason(health, quarter, 'id', { ...none, need })).toBe(
      'Porsi kesehatan dalam ekonomi daerah hanya 0,80 kali porsinya di Kalimantan Barat pada triwulan I 2026 (angka sementara): belum menjadi kekuatan daerah; umur harapan hidup (tahun) 66,00 (2024) di bawah 70,00 di median kabupaten/kota Kalimantan Barat, sehingga prioritasnya dinaikkan.',
    );
    const education = { sector: 'P', slq: 0.8, share: 0.02 } as unknown as SectorResult;
    expect(
      plainReason(education, quarter, 'id', {
        ...none,
        need,
        missingNeeds: ['expected-years-schooling', 'mean-years-schooling'],
      }),
    ).toMatch(
      /; tidak ada data harapan lama sekolah \(tahun\), rata-rata lama sekolah \(tahun\), jadi kebutuhan ini tidak dinilai\.$/,
    );
  });
});
