import { describe, expect, it } from 'vitest';
import type { SectorAnalysis, SectorResult } from './analysis/sector-analysis';
import {
  communityNeed,
  DEFAULT_WEIGHTS,
  priorityParts,
  priorityScore,
  rankSectorPriorities,
  type NeedMeasure,
} from './priority';
import { sectorReason } from './reason';

/** Sector A and Q of the worked example (Kalbar vs Σ34, 2020→2023), the values that the score reads. */
const sectorA = {
  sector: 'A',
  value: 35108.57,
  share: 0.226535,
  referenceShare: 0.116741,
  slq: 1.940484,
  growth: {
    dlq: 1.00241,
    shift: { rij: 0.084557, rin: 0.079732, competitive: 156.180954 },
    verdict: 'unggulan-utama',
  },
} as unknown as SectorResult;
const sectorQ = {
  sector: 'Q',
  value: 4397.64,
  share: 0.028375,
  referenceShare: 0.013635,
  slq: 2.081067,
  growth: {
    dlq: 1.458871,
    shift: { rij: 0.746488, rin: 0.194697, competitive: 1389.404386 },
    verdict: 'unggulan-utama',
  },
} as unknown as SectorResult;
const analysis = {
  mode: 'annual',
  year: 2023,
  quarter: null,
  growth: { from: 2020, to: 2023, years: 3, convention: 'cagr' },
  sectors: [sectorQ, sectorA],
} as unknown as SectorAnalysis;

const poverty = (value: number, referenceValue: number): NeedMeasure => ({
  indicator: 'poverty-rate',
  year: 2024,
  value,
  referenceValue,
});

describe('priority score', () => {
  it('scales each part to 0–1 as documented', () => {
    const parts = priorityParts(sectorA, 3, communityNeed([poverty(9, 9)]));
    expect(parts.slq).toBeCloseTo((Math.log2(1.940484) + 1) / 2, 10);
    expect(parts.dlq).toBeCloseTo((Math.log(1.00241) / Math.log(1.5) + 1) / 2, 10);
    const edge = Math.pow(1.084557 / 1.079732, 1 / 3) - 1;
    expect(parts.competitive).toBeCloseTo((edge / 0.05 + 1) / 2, 10);
    expect(parts.size).toBe(1);
    expect(parts.need).toBe(0.5);
  });

  it('gives Q no need boost: health is not a labour-absorbing sector', () => {
    expect(priorityParts(sectorQ, 3, communityNeed([poverty(12, 8)])).need).toBe(0);
  });

  it('ranks A above Q with the default weights and Q first when size weighs nothing', () => {
    const need = communityNeed([poverty(6.25, 9.03)]);
    expect(rankSectorPriorities(analysis, DEFAULT_WEIGHTS, need).map((r) => r.sector)).toEqual(['A', 'Q']);
    const noSize = { ...DEFAULT_WEIGHTS, size: 0 };
    expect(rankSectorPriorities(analysis, noSize, need).map((r) => r.sector)).toEqual(['Q', 'A']);
  });

  it('gives Q the life-expectancy need and A none of it', () => {
    const need = communityNeed([{ indicator: 'life-expectancy', year: 2024, value: 66, referenceValue: 70 }]);
    expect(priorityParts(sectorQ, 3, need).need).toBeCloseTo(0.785714, 6);
    expect(priorityParts(sectorA, 3, need).need).toBe(0);
  });

  it('renormalises the weights over the parts the data can give', () => {
    const parts = { slq: 1, dlq: null, competitive: null, size: 0.5, need: null };
    // (25·1 + 25·0.5) / (25 + 25) = 0.75
    expect(priorityScore(parts, DEFAULT_WEIGHTS)).toBeCloseTo(75, 10);
    expect(priorityScore(parts, { slq: 0, dlq: 0, competitive: 0, size: 0, need: 0 })).toBe(0);
  });

  it('takes the higher of poverty and unemployment as the need, relative to the reference', () => {
    const need = communityNeed([
      poverty(9, 9),
      { indicator: 'unemployment-rate', year: 2024, value: 6, referenceValue: 4.8 },
    ])!;
    expect(need.driver.indicator).toBe('unemployment-rate');
    expect(need.level).toBeCloseTo(0.75, 10);
    expect(communityNeed([])).toBeNull();
  });
});

describe('sectorReason', () => {
  it('writes the one-line reason of the issue in Indonesian and English', () => {
    expect(sectorReason(sectorA, analysis, 'id')).toBe(
      'Pertanian, Kehutanan, dan Perikanan: basis (LQ 1,94) dan masih menguat (DLQ 1,00); tumbuh lebih cepat dari acuan → unggulan utama',
    );
    expect(sectorReason(sectorA, analysis, 'en')).toBe(
      'Agriculture, Forestry and Fishing: basic (LQ 1.94) and still strengthening (DLQ 1.00); grows faster than the reference → prime leading sector',
    );
  });

  it('claims no growth for a quarterly snapshot', () => {
    const snapshot = {
      ...analysis,
      mode: 'quarterly',
      year: 2026,
      quarter: 1,
      growth: null,
    } as SectorAnalysis;
    const text = sectorReason({ ...sectorA, growth: undefined }, snapshot, 'id');
    expect(text).toBe(
      'Pertanian, Kehutanan, dan Perikanan: basis (LQ 1,94) pada triwulan I 2026; tanpa ukuran pertumbuhan → basis',
    );
  });

  it('says a shrinking sector shrinks', () => {
    const b = {
      sector: 'B',
      slq: 0.612027,
      share: 0.045,
      growth: {
        dlq: 0.788658,
        shift: { rij: -0.114086, rin: 0.121016, competitive: -1863.49 },
        verdict: 'bukan-unggulan',
      },
    } as unknown as SectorResult;
    expect(sectorReason(b, analysis, 'id')).toBe(
      'Pertambangan dan Penggalian: bukan basis (LQ 0,61) dan melemah (DLQ 0,79); menyusut, lebih lambat dari acuan → bukan unggulan',
    );
  });
});
