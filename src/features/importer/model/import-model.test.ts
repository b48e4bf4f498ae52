import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishImport, readImportFile } from '../../../data/import/files/import-file';
import type { ImportedSet } from '../../../data/import/imported-set';
import type { Indicator } from '../../../domain/indicator';
import type { Region, RegionCode } from '../../../domain/region';
import { toCsv } from '../../../lib/csv';
import { issueText } from './issue-text';
import { initialMetaForm, metaOf } from './meta-form';
import { setToCsvTable } from './set-to-csv';
import { templateTable } from './template-table';

const regions = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/data/v1/regions.json'), 'utf8'),
) as Region[];
const catalogue = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/data/v1/indicators.json'), 'utf8'),
) as Indicator[];
const nameOf = (code: RegionCode) => regions.find((r) => r.code === code)?.name ?? code;

function importText(text: string, fileName = 'uji.csv') {
  const read = readImportFile(text.replace(/^\uFEFF/, ''), regions, 2026);
  if ('problem' in read) throw new Error(read.problem.reason);
  return finishImport(read, { choices: read.choices, formMeta: null, catalogue, fileName });
}

describe('setToCsvTable', () => {
  it('exports a set that imports back to the same values, in both languages', () => {
    const first = importText(
      [
        'kode_wilayah,tahun,nilai,indikator,nama_indikator,satuan,arah,sumber',
        '61.11,2024,1234.5,rumah-uji,Rumah uji,unit,turun-baik,Bappeda (uji)',
        '61.04,2023,-0.25,rumah-uji,Rumah uji,unit,turun-baik,Bappeda (uji)',
      ].join('\n'),
    );
    const set = {
      ...first.content,
      id: 'x',
      fileName: 'uji.csv',
      importedAt: '',
      rowCount: 2,
      preferBundled: [],
    } as ImportedSet;
    for (const language of ['id', 'en'] as const) {
      const table = setToCsvTable(set, nameOf);
      const again = importText(toCsv(table.header, table.rows, language));
      expect(again.issues).toEqual([]);
      if (again.content.kind !== 'indicator' || first.content.kind !== 'indicator') throw new Error('kind');
      const [indicator] = again.content.indicators;
      expect(indicator?.observations.map((o) => [o.region, o.year, o.value])).toEqual([
        ['61.11', 2024, 1234.5],
        ['61.04', 2023, -0.25],
      ]);
      expect(indicator?.definition.polarity).toBe('lower-is-better');
      expect(indicator?.stated.source).toBe('Bappeda (uji)');
    }
  });
});

describe('templateTable', () => {
  it('gives templates whose rows are recognised and whose empty values are the only thing to fill in', () => {
    const sectors = importText(toCsv(templateTable('sectors').header, templateTable('sectors').rows, 'id'));
    expect(sectors.issues).toHaveLength(18);
    expect(new Set(sectors.issues.map((i) => i.reason))).toEqual(new Set(['missing-value']));
    const targets = importText(toCsv(templateTable('targets').header, templateTable('targets').rows, 'en'));
    expect(targets.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [2, 'target', 'missing-value'],
      [3, 'target', 'missing-value'],
    ]);
  });
});

describe('issueText and the metadata form', () => {
  const t = (key: string, params?: Record<string, unknown>) => `${key} ${JSON.stringify(params ?? {})}`;

  it('formats a range and a sector sum the Indonesian way', () => {
    expect(
      issueText(
        { row: 4, column: 'nilai', reason: 'out-of-range', value: '140', detail: { min: 0, max: 100 } },
        t,
        'id',
      ),
    ).toContain('"min":"0","max":"100"');
    expect(
      issueText(
        {
          row: 4,
          column: 'nilai',
          reason: 'sector-sum',
          value: '1600',
          detail: { sum: 1538.5, total: 1600 },
        },
        t,
        'id',
      ),
    ).toContain('"sum":"1.538,50","total":"1.600"');
  });

  it('needs a name for a new indicator and derives its code from it', () => {
    const form = initialMetaForm({ name: 'Persentase Penduduk Miskin', id: 'persentase-penduduk-miskin' }, [
      'poverty-rate',
    ]);
    expect(form.mode).toBe('new');
    expect(metaOf({ ...form, id: '' })?.id).toBe('persentase-penduduk-miskin');
    expect(metaOf({ ...form, name: ' ' })).toBeNull();
    expect(metaOf({ ...form, mode: 'existing' })?.id).toBe('poverty-rate');
  });
});
