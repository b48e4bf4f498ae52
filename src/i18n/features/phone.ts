/** Texts for the phone-first shell, map sheet, sharing and print; English has the same keys (checked by the type). */
export const phoneId = {
  mapOptions: 'Pilihan peta',
  mapOptionsHint: 'indikator, tahun, legenda',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  colourGroup: 'Kelompok warna',
  history: 'Riwayat: nilai {{value}} pada {{year}} ({{band}}, metode lama).',
};

export const phoneEn: typeof phoneId = {
  mapOptions: 'Map options',
  mapOptionsHint: 'indicator, year, legend',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  colourGroup: 'Colour group',
  history: 'History: score {{value}} in {{year}} ({{band}}, earlier method).',
};
