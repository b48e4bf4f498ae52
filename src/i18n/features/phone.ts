/** Texts for the phone-first shell, map sheet, sharing and print; English has the same keys (checked by the type). */
export const phoneId = {
  mapOptions: 'Pilihan peta',
  mapOptionsHint: 'indikator, tahun, legenda',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  colourGroup: 'Kelompok warna',
  printedOn: 'Dicetak {{date}}',
  printBriefing: 'Cetak ringkasan 1 halaman',
  shareText:
    '{{region}} — {{indicator}} {{year}}: {{value}}{{detail}}.{{compared}} Sumber: {{source}}. {{url}}',
  share: 'Bagikan',
  whatsApp: 'Kirim lewat WhatsApp',
  shared: 'Kartu dan teks dikirim ke menu berbagi perangkat.',
  shareCancelled: 'Berbagi dibatalkan.',
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
  printedOn: 'Printed {{date}}',
  printBriefing: 'Print a one-page briefing',
  shareText:
    '{{region}} — {{indicator}} {{year}}: {{value}}{{detail}}.{{compared}} Source: {{source}}. {{url}}',
  share: 'Share',
  whatsApp: 'Send via WhatsApp',
  shared: "Card and text handed to the device's share menu.",
  shareCancelled: 'Sharing cancelled.',
  compareN_one: 'Compare {{count}} region',
  compareN_other: 'Compare {{count}} regions',
  history: 'History: score {{value}} in {{year}} ({{band}}, earlier method).',
};
