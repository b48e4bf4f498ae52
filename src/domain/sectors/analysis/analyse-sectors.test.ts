import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../region';
import { KLASSEN_NUMERALS } from '../measures/klassen';
import type { RegionContext } from '../measures/reference-economy';
import { SECTOR_CODES, type SectorOrTotal } from '../sector-codes';
import { indexSectorTables } from '../sector-tables';
import type { SectorValue } from '../sector-value';
import { analyseSectors } from './analyse-sectors';
import type { SectorAnalysis } from './sector-analysis';

const EXAMPLE = join(
  import.meta.dirname,
  '../../../../data/sources/pdrb/worked_example_kalbar_vs_sum34_2020_2023.csv',
);

/** The worked example of methods.md §6, every intermediate value for the 17 sectors. */
function readExample(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(EXAMPLE, 'utf8').trim().split(/\r?\n/);
  const split = (line: string) => line.match(/("[^"]*"|[^,]+)/g)!.map((cell) => cell.replace(/"/g, ''));
  const names = split(header!);
  return lines.map((line) => Object.fromEntries(split(line).map((cell, i) => [names[i], cell])));
}

const example = readExample();
const code = (c: string) => c as RegionCode;
const row = (region: string, year: number, sector: SectorOrTotal, value: number): SectorValue => ({
  region: code(region),
  year,
  basis: 'adhk',
  sector,
  value,
});

// Published totals (BPS "PDRB" rows) of Kalbar and the computed sums of the 34 province totals (methods.md §6).
const KALBAR_TOTAL = { 2020: 134743.38, 2023: 154980.81 };
const SUM34_TOTAL = { 2020: 10837540.83, 2023: 12439710.92 };

function exampleRows(): SectorValue[] {
  const rows: SectorValue[] = [];
  for (const r of example) {
    const sector = r.sector as SectorOrTotal;
    rows.push(row('61', 2020, sector, Number(r.reg_base)), row('61', 2023, sector, Number(r.reg_end)));
    rows.push(row('ID', 2020, sector, Number(r.ref_base)), row('ID', 2023, sector, Number(r.ref_end)));
  }
  rows.push(row('61', 2020, 'TOTAL', KALBAR_TOTAL[2020]), row('61', 2023, 'TOTAL', KALBAR_TOTAL[2023]));
  rows.push(row('ID', 2020, 'TOTAL', SUM34_TOTAL[2020]), row('ID', 2023, 'TOTAL', SUM34_TOTAL[2023]));
  return rows;
}

const kalbar = { code: code('61'), level: 'province' as const, parent: code('ID') };
const context: RegionContext = { provinces: [code('61')], regenciesOf: () => [] };

function runExample(): SectorAnalysis {
  const outcome = analyseSectors(kalbar, indexSectorTables(exampleRows()), context, {
    basis: 'adhk',
    growth: 'cagr',
    ref: 'national',
  });
  if (outcome.status !== 'ok') throw new Error(outcome.reason);
  return outcome.analysis;
}

describe('analyseSectors on the worked example (Kalimantan Barat vs Σ34, ADHK 2020→2023)', () => {
  const analysis = runExample();

  it('covers the 17 sectors over three years, CAGR', () => {
    expect(analysis.sectors).toHaveLength(17);
    expect(analysis.growth).toEqual({ from: 2020, to: 2023, years: 3, convention: 'cagr' });
    expect(analysis.year).toBe(2023);
  });

  it.each(example.map((r) => [r.sector, r] as const))('reproduces sector %s to 4 decimals', (sector, r) => {
    const s = analysis.sectors.find((x) => x.sector === sector)!;
    const g = s.growth!;
    const close = (actual: number, column: string) =>
      expect(actual, column).toBeCloseTo(Number(r[column]), 4);
    close(s.share, 'share_reg_end');
    close(s.referenceShare, 'share_ref_end');
    close(g.slqBase, 'SLQ_base');
    close(s.slq, 'SLQ_end');
    close(g.rates.gij, 'g_sector_reg');
    close(g.rates.gin, 'g_sector_ref');
    close(g.rates.gj, 'g_total_reg');
    close(g.rates.gn, 'g_total_ref');
    close(g.dlq, 'DLQ');
    close(g.shift.rij, 'r_ij');
    close(g.shift.rin, 'r_in');
    close(g.shift.rn, 'r_n');
    close(g.shift.change, 'D');
    close(g.shift.reference, 'N');
    close(g.shift.mix, 'M');
    close(g.shift.competitive, 'C');
    close(g.shift.net, 'PB');
    close(g.em.homothetic, 'EM_homothetic_base');
    close(g.em.competitiveEffect, 'EM_competitive');
    close(g.em.allocationEffect, 'EM_allocation');
    expect(KLASSEN_NUMERALS[g.klassen]).toBe(r.klassen);
    expect(g.slqDlq).toBe(r.slq_dlq_class);
    expect(g.overlay).toBe(Number(r.score));
    expect(g.verdict).toBe(r.verdict!.replace(' ', '-'));
  });

  it('pins the anchor values of methods.md for sector A', () => {
    const a = analysis.sectors.find((s) => s.sector === 'A')!;
    expect(a.slq).toBeCloseTo(1.940484, 6);
    expect(a.growth!.dlq).toBeCloseTo(1.00241, 5);
    expect(a.growth!.verdict).toBe('unggulan-utama');
  });

  it('names the six "unggulan utama" sectors of the example', () => {
    const top = analysis.sectors.filter((s) => s.growth?.verdict === 'unggulan-utama').map((s) => s.sector);
    expect(top).toEqual(['A', 'E', 'F', 'G', 'P', 'Q']);
  });
});

describe('analyseSectors choices', () => {
  it('sums the provinces into the reference by default', () => {
    // Kalbar plus a second province that makes up the rest of Σ34.
    const rows = exampleRows().flatMap((r) => {
      if (r.region === 'ID') {
        const own = exampleRows().find(
          (k) => k.region === '61' && k.year === r.year && k.sector === r.sector,
        )!;
        return [{ ...r, region: code('99'), value: r.value - own.value }];
      }
      return [r];
    });
    const outcome = analyseSectors(
      kalbar,
      indexSectorTables(rows),
      { provinces: [code('61'), code('99')], regenciesOf: () => [] },
      { basis: 'adhk', growth: 'cagr' },
    );
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.analysis.reference).toEqual({ kind: 'provinces-sum', code: 'ID', parts: 2 });
    expect(outcome.analysis.sectors[0]!.slq).toBeCloseTo(1.940484, 5);
  });

  it('compares like with like across the Papua split and says which years were left out', () => {
    const papua = (year: number, scale: number, old: boolean): SectorValue[] =>
      SECTOR_CODES.map((sector, i) => ({
        ...row('91', year, sector, (i + 1) * scale),
        ...(old ? { flags: ['old-boundary' as const] } : {}),
      }));
    const ref = (year: number): SectorValue[] =>
      SECTOR_CODES.map((sector) => row('ID', year, sector, 1000 + year));
    const rows = [...papua(2020, 10, true), ...papua(2023, 11, true), ...papua(2024, 6, false)];
    rows.push(...ref(2020), ...ref(2023), ...ref(2024));
    const region = { code: code('91'), level: 'province' as const, parent: code('ID') };
    const index = indexSectorTables(rows);
    const byDefault = analyseSectors(region, index, context, {
      basis: 'adhk',
      growth: 'cagr',
      ref: 'national',
    });
    if (byDefault.status !== 'ok') throw new Error('expected data');
    expect(byDefault.analysis.year).toBe(2023);
    expect(byDefault.analysis.growth?.from).toBe(2020);
    expect(byDefault.analysis.notes).toEqual([{ kind: 'boundary-latest', latest: 2024, used: 2023 }]);

    const at2024 = analyseSectors(region, index, context, {
      basis: 'adhk',
      growth: 'cagr',
      ref: 'national',
      to: 2024,
    });
    if (at2024.status !== 'ok') throw new Error('expected data');
    expect(at2024.analysis.growth).toBeNull();
    expect(at2024.analysis.notes).toContainEqual({ kind: 'boundary-change', years: [2020, 2023] });
    expect(at2024.analysis.sectors[0]!.growth).toBeUndefined();
  });

  it('uses the mean of yearly growth rates when asked and every year is there, else CAGR with a note', () => {
    // Region: sector A 100 → 110 → 132 (+10 %, +20 %), other sectors flat at 100; reference flat at 1000 per sector.
    const a = { 2021: 100, 2022: 110, 2023: 132 } as const;
    const rows = ([2021, 2022, 2023] as const).flatMap((year) =>
      SECTOR_CODES.flatMap((sector) => [
        row('61', year, sector, sector === 'A' ? a[year] : 100),
        row('ID', year, sector, 1000),
      ]),
    );
    const settings = { basis: 'adhk' as const, growth: 'mean' as const, ref: 'national' as const };
    const mean = analyseSectors(kalbar, indexSectorTables(rows), context, settings);
    if (mean.status !== 'ok') throw new Error('expected data');
    expect(mean.analysis.growth).toEqual({ from: 2021, to: 2023, years: 2, convention: 'mean' });
    expect(mean.analysis.sectors[0]!.growth!.rates.gij).toBeCloseTo(0.15, 12);

    const gappy = rows.filter((r) => r.year !== 2022);
    const fallback = analyseSectors(kalbar, indexSectorTables(gappy), context, settings);
    if (fallback.status !== 'ok') throw new Error('expected data');
    expect(fallback.analysis.growth?.convention).toBe('cagr');
    expect(fallback.analysis.notes).toContainEqual({ kind: 'mean-needs-every-year' });
    expect(fallback.analysis.sectors[0]!.growth!.rates.gij).toBeCloseTo(Math.sqrt(1.32) - 1, 12);
  });

  it('gives a quarterly snapshot static LQ against the sum of the regencies and no growth', () => {
    const rows: SectorValue[] = [];
    for (const [regency, factor] of [
      ['61.01', 1],
      ['61.11', 3],
    ] as const) {
      SECTOR_CODES.forEach((sector, i) =>
        rows.push({ ...row(regency, 2026, sector, sector === 'A' ? 10 * factor : i + 1), quarter: 1 }),
      );
    }
    const outcome = analyseSectors(
      { code: code('61.11'), level: 'regency', parent: code('61') },
      indexSectorTables(rows),
      { provinces: [code('61')], regenciesOf: () => [code('61.01'), code('61.11')] },
    );
    if (outcome.status !== 'ok') throw new Error('expected data');
    const { analysis } = outcome;
    expect(analysis.mode).toBe('quarterly');
    expect(analysis.quarter).toBe(1);
    expect(analysis.reference).toEqual({ kind: 'regencies-sum', code: '61', parts: 2 });
    expect(analysis.growth).toBeNull();
    // Σ of sectors B…R,S,T,U is 152; A is 30 of 182 in 61.11 and 40 of 344 in the sum.
    expect(analysis.sectors[0]!.slq).toBeCloseTo(30 / 182 / (40 / 344), 10);
    expect(analysis.sectors.every((s) => s.growth === undefined)).toBe(true);
  });

  it('reads the requested quarter, else the newest, and never turns two quarters into growth', () => {
    const rows: SectorValue[] = [];
    for (const quarter of [1, 2]) {
      for (const regency of ['61.01', '61.11']) {
        SECTOR_CODES.forEach((sector) => {
          const a = regency === '61.11' ? (quarter === 1 ? 30 : 60) : 10;
          rows.push({ ...row(regency, 2026, sector, sector === 'A' ? a : 10), quarter });
        });
      }
    }
    const tables = indexSectorTables(rows);
    const region = { code: code('61.11'), level: 'regency' as const, parent: code('61') };
    const ctx = { provinces: [code('61')], regenciesOf: () => [code('61.01'), code('61.11')] };
    const newest = analyseSectors(region, tables, ctx);
    const first = analyseSectors(region, tables, ctx, {
      basis: 'adhk',
      growth: 'cagr',
      quarter: { year: 2026, quarter: 1 },
    });
    if (newest.status !== 'ok' || first.status !== 'ok') throw new Error('expected data');
    expect(newest.analysis.quarter).toBe(2);
    expect(first.analysis.quarter).toBe(1);
    expect(first.analysis.quarters).toEqual([
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
    ]);
    expect(first.analysis.hasAnnual).toBe(false);
    // Q1: A is 30 of 190 here and 40 of 360 in the sum; Q2: 60 of 220 and 70 of 390.
    expect(first.analysis.sectors[0]!.slq).toBeCloseTo(30 / 190 / (40 / 360), 10);
    expect(newest.analysis.sectors[0]!.slq).toBeCloseTo(60 / 220 / (70 / 390), 10);
    expect(first.analysis.growth).toBeNull();
    expect(first.analysis.sectors.every((s) => s.growth === undefined)).toBe(true);
  });

  it('refuses a sum of regencies when one of them has no data', () => {
    const rows = SECTOR_CODES.map((sector) => ({ ...row('61.11', 2026, sector, 1), quarter: 1 }));
    const outcome = analyseSectors(
      { code: code('61.11'), level: 'regency', parent: code('61') },
      indexSectorTables(rows),
      { provinces: [code('61')], regenciesOf: () => [code('61.01'), code('61.11')] },
    );
    expect(outcome).toEqual({ status: 'no-data', reason: 'no-reference' });
  });

  it('says there is nothing to analyse for a region without rows', () => {
    expect(
      analyseSectors(
        { code: code('61.11'), level: 'regency', parent: code('61') },
        indexSectorTables([]),
        context,
      ),
    ).toEqual({
      status: 'no-data',
      reason: 'no-rows',
    });
  });

  it('sets a table with a missing sector aside instead of using it', () => {
    const rows = SECTOR_CODES.filter((s) => s !== 'Q').map((sector) => row('61', 2020, sector, 1));
    const index = indexSectorTables(rows);
    expect(index.all).toHaveLength(0);
    expect(index.incomplete).toEqual([
      { region: '61', year: 2020, quarter: null, basis: 'adhk', missing: ['Q'] },
    ]);
  });
});
