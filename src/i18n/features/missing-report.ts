/** Texts of the missing-data report on /data, Indonesian first. */
export const missingReportId = {
  title: 'Data yang belum ada',
  intro:
    'Per daerah, indikator dan tahun: sel yang kosong. Sebuah tahun dihitung untuk suatu indikator bila ada daerah setingkat yang punya datanya. “Tidak ada data” tetap celah, bukan nol. Daerah paling kosong lebih dulu.',
  filters: 'Saring laporan',
  province: 'Provinsi',
  level: 'Tingkat',
  indicator: 'Indikator',
  year: 'Tahun',
  all: 'Semua',
  allIndicators: 'Semua indikator',
  summary: '{{gaps}} dari {{cells}} sel tidak ada datanya, di {{regions}} dari {{total}} daerah.',
  shown: 'Menampilkan {{shown}} daerah dengan celah terbanyak dari {{count}}; unduh CSV untuk semuanya.',
  complete: 'Tidak ada celah untuk pilihan ini.',
  loading: 'Memuat data semua indikator…',
  region: 'Daerah',
  gaps: 'Tidak ada data',
  count: 'Celah',
  gapLink: '{{indicator}} {{year}}',
  gapTitle: 'Impor angka {{indicator}} {{year}} untuk {{region}}',
  status: 'tidak ada data',
  download: 'Unduh CSV celah',
  failed: 'Data ini gagal dimuat dan tidak ada dalam laporan: {{list}}.',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const missingReportEn: Widen<typeof missingReportId> = {
  title: 'Data still missing',
  intro:
    'By region, indicator and year: the empty cells. A year counts for an indicator when some region of the same level has data for it. “No data” stays a gap, never zero. Emptiest regions first.',
  filters: 'Filter the report',
  province: 'Province',
  level: 'Level',
  indicator: 'Indicator',
  year: 'Year',
  all: 'All',
  allIndicators: 'All indicators',
  summary: '{{gaps}} of {{cells}} cells have no data, in {{regions}} of {{total}} regions.',
  shown: 'Showing the {{shown}} regions with the most gaps of {{count}}; download the CSV for all of them.',
  complete: 'No gaps for this selection.',
  loading: 'Loading every indicator’s data…',
  region: 'Region',
  gaps: 'No data',
  count: 'Gaps',
  gapLink: '{{indicator}} {{year}}',
  gapTitle: 'Import {{indicator}} {{year}} for {{region}}',
  status: 'no data',
  download: 'Download gaps CSV',
  failed: 'These could not be loaded and are left out of the report: {{list}}.',
};
