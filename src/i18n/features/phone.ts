/** Texts for the phone-first shell, map sheet, sharing and print; English has the same keys (checked by the type). */
export const phoneId = {
  mapOptions: 'Pilihan peta',
  mapOptionsHint: 'indikator, tahun, legenda',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
};

export const phoneEn: typeof phoneId = {
  mapOptions: 'Map options',
  mapOptionsHint: 'indicator, year, legend',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
};
