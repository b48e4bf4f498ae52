import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../domain/indicator';
import type { Region } from '../../../domain/region';
import { finishImport, readImportFile } from './import-file';

const root = resolve(import.meta.dirname, '../../../..');
const regions = JSON.parse(readFileSync(resolve(root, 'public/data/v1/regions.json'), 'utf8')) as Region[];
const catalogue = JSON.parse(
  readFileSync(resolve(root, 'public/data/v1/indicators.json'), 'utf8'),
) as Indicator[];
// Built by scripts/fixtures/build-bps-ipm-export.ts from the bundled IPM, under BPS's names and spellings.
const exportText = readFileSync(resolve(root, 'tests/fixtures/bps-ipm-export.csv'), 'utf8');

describe('a BPS IPM export (all provinces and 514 regencies)', () => {
  const read = readImportFile(exportText, regions, 2026, catalogue);
  if ('problem' in read) throw new Error(read.problem.reason);

  it('is recognised as the bundled IPM', () => {
    expect(read.draft.kind === 'indicator' && read.draft.suggested.id).toBe('ipm');
  });

  it('matches at least 99 % of its region rows to codes with no manual choice', () => {
    expect(read.ambiguous).toEqual([]);
    const outcome = finishImport(read, {
      choices: {},
      formMeta: { id: 'ipm' },
      catalogue,
      fileName: 'bps-ipm.csv',
    });
    const regionIssues = outcome.issues.filter((i) => i.reason !== 'missing-value');
    expect(regionIssues).toEqual([]);
    // 38 provinces + 514 regencies + Indonesia; four 2021 cells of new Papua provinces are "-".
    expect(outcome.tally).toEqual({ lines: 553, imported: 553, skipped: 0, noData: 0 });
    if (outcome.content.kind !== 'indicator') throw new Error('kind');
    const values = new Map(
      outcome.content.indicators[0]!.observations.map((o) => [`${o.region} ${o.year}`, o.value]),
    );
    expect(values.size).toBe(553 * 4 - 4);
    expect(values.get('61.11 2024')).toBe(65.74);
    expect(values.get('73.71 2024')).toBeGreaterThan(0); // Kota Makasar
    expect(values.get('31.01 2024')).toBeGreaterThan(0); // Kep. Seribu
  });
});
