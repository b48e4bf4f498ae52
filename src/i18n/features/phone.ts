/** Texts for the phone-first shell, map sheet, sharing and print; English has the same keys (checked by the type). */
export const phoneId = {
  mapOptions: 'Pilihan peta',
  mapOptionsHint: 'indikator, tahun, legenda',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  colourGroup: 'Kelompok warna',
  compareN_one: 'Bandingkan {{count}} daerah',
  compareN_other: 'Bandingkan {{count}} daerah',
  history: 'Riwayat: nilai {{value}} pada {{year}} ({{band}}, metode lama).',
};

export const phoneEn: typeof phoneId = {
  mapOptions: 'Map options',
  mapOptionsHint: 'indicator, year, legend',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  colourGroup: 'Colour group',
  compareN_one: 'Compare {{count}} region',
  compareN_other: 'Compare {{count}} regions',
  history: 'History: score {{value}} in {{year}} ({{band}}, earlier method).',
};
