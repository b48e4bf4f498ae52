import type { FileKind } from '../../../data/import/files/columns';
import { SECTOR_CODES, TOTAL_CODE } from '../../../domain/sectors/sector-codes';
import type { CsvCell } from '../../../lib/csv';

/**
 * The three templates: headers and the rows to fill in, with the value cells left empty — a template
 * never carries a figure that could be mistaken for data.
 */
export function templateTable(kind: FileKind): { header: string[]; rows: CsvCell[][] } {
  switch (kind) {
    case 'indicator':
      return {
        header: [
          'kode_wilayah',
          'nama_wilayah',
          'tahun',
          'nilai',
          'indikator',
          'nama_indikator',
          'satuan',
          'arah',
          'sumber',
          'url_sumber',
        ],
        rows: [
          [
            '61.11',
            'Kabupaten Kayong Utara',
            2024,
            null,
            'contoh-indikator',
            'Nama indikator Anda',
            'persen',
            'naik-baik',
            'Nama penerbit data',
            '',
          ],
          [
            '61.04',
            'Kabupaten Ketapang',
            2024,
            null,
            'contoh-indikator',
            'Nama indikator Anda',
            'persen',
            'naik-baik',
            'Nama penerbit data',
            '',
          ],
        ],
      };
    case 'targets':
      return {
        header: ['kode_wilayah', 'nama_wilayah', 'indikator', 'tahun', 'target', 'sumber'],
        rows: [
          ['61.11', 'Kabupaten Kayong Utara', 'ipm', 2026, null, 'RPJMD Kabupaten Kayong Utara'],
          ['61.11', 'Kabupaten Kayong Utara', 'poverty-rate', 2026, null, 'RPJMD Kabupaten Kayong Utara'],
        ],
      };
    case 'sectors':
      return {
        header: ['kode_wilayah', 'nama_wilayah', 'tahun', 'harga', 'kode_sektor', 'nilai', 'sumber'],
        rows: [...SECTOR_CODES, TOTAL_CODE].map((code) => [
          '61.11',
          'Kabupaten Kayong Utara',
          2024,
          'adhk',
          code,
          null,
          'BPS Kabupaten Kayong Utara',
        ]),
      };
  }
}
