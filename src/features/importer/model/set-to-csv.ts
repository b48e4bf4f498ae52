import type { Polarity } from '../../../domain/indicator';
import type { RegionCode } from '../../../domain/region';
import type { ImportedSet } from '../../../data/import/imported-set';
import type { CsvCell } from '../../../lib/csv';

const POLARITY_WORDS: Record<Polarity, string> = {
  'higher-is-better': 'naik-baik',
  'lower-is-better': 'turun-baik',
  neutral: 'netral',
};

/** A kept set written back in the format it was read in (long, Indonesian headers). */
export function setToCsvTable(
  set: ImportedSet,
  nameOf: (code: RegionCode) => string,
): { header: string[]; rows: CsvCell[][] } {
  switch (set.kind) {
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
        rows: set.indicators.flatMap((i) =>
          i.observations.map((o) => [
            o.region,
            nameOf(o.region),
            o.year,
            o.value,
            i.definition.id,
            i.definition.name.id,
            i.definition.unit.id,
            POLARITY_WORDS[i.definition.polarity],
            i.stated.source,
            i.stated.sourceUrl,
          ]),
        ),
      };
    case 'targets':
      return {
        header: ['kode_wilayah', 'nama_wilayah', 'indikator', 'tahun', 'target', 'sumber', 'url_sumber'],
        rows: set.targets.map((x) => [
          x.region,
          nameOf(x.region),
          x.indicator,
          x.year,
          x.value,
          set.stated.source,
          set.stated.sourceUrl,
        ]),
      };
    case 'sectors':
      return {
        header: [
          'kode_wilayah',
          'nama_wilayah',
          'tahun',
          'triwulan',
          'harga',
          'kode_sektor',
          'nilai',
          'sumber',
          'url_sumber',
        ],
        rows: set.values.map((x) => [
          x.region,
          nameOf(x.region),
          x.year,
          x.quarter ? `Q${x.quarter}` : '',
          x.basis,
          x.sector,
          x.value,
          set.stated.source,
          set.stated.sourceUrl,
        ]),
      };
  }
}
