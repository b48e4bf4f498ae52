import { describe, expect, it } from 'vitest';
import { toXlsxRow } from './table-download';

describe('toXlsxRow', () => {
  it('keeps numbers as numbers and leaves empty and non-finite cells empty', () => {
    expect(toXlsxRow([65.74, 'Kabupaten Kayong Utara', null, Number.NaN, undefined])).toEqual([
      { value: 65.74, type: Number },
      { value: 'Kabupaten Kayong Utara', type: String },
      null,
      null,
      null,
    ]);
  });

  it('writes a sheet a spreadsheet reads back with numbers, not text', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const buffer = await writeXlsxFile([
      toXlsxRow(['kode', 'nilai']),
      toXlsxRow(['61.11', 65.74]),
    ]).toBuffer();
    const [sheet] = await readXlsxFile(buffer);
    expect(sheet!.data).toEqual([
      ['kode', 'nilai'],
      ['61.11', 65.74],
    ]);
  });
});
