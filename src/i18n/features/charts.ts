/** Texts of the shared chart chrome, Indonesian first; English must have the same keys (checked by the type). */
export const chartsId = {
  showTable: 'Tampilkan tabel',
  hideTable: 'Sembunyikan tabel',
  download: 'Unduh',
  downloadCsv: 'Tabel (CSV)',
  downloadXlsx: 'Tabel (.xlsx)',
  downloadPng: 'Gambar (PNG)',
  downloadSvg: 'Gambar (SVG)',
  downloadLabel: 'Unduh {{what}}',
  exportFailed: 'Gambar tidak dapat dibuat: {{reason}}',
  unit: 'Satuan',
  source: 'Sumber',
  year: 'Tahun',
  legend: 'Keterangan',
  noRows: 'Tidak ada data untuk grafik ini.',
  strip: {
    label: '{{indicator}}: sebaran {{count}} daerah',
    better: 'lebih baik',
    lowest: 'terendah',
    highest: 'tertinggi',
  },
  map: {
    label: 'Peta {{what}}',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const chartsEn: Widen<typeof chartsId> = {
  showTable: 'Show table',
  hideTable: 'Hide table',
  download: 'Download',
  downloadCsv: 'Table (CSV)',
  downloadXlsx: 'Table (.xlsx)',
  downloadPng: 'Image (PNG)',
  downloadSvg: 'Image (SVG)',
  downloadLabel: 'Download {{what}}',
  exportFailed: 'The image could not be made: {{reason}}',
  unit: 'Unit',
  source: 'Source',
  year: 'Year',
  legend: 'Legend',
  noRows: 'No data for this chart.',
  strip: {
    label: '{{indicator}}: spread of {{count}} regions',
    better: 'better',
    lowest: 'lowest',
    highest: 'highest',
  },
  map: {
    label: 'Map of {{what}}',
  },
};
