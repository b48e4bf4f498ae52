/** Texts of the profile's IPM decomposition and compact e-government lines, Indonesian first. */
export const profileIpmId = {
  ipm: {
    title: 'Mengapa IPM di angka ini',
    intro:
      'IPM adalah rata-rata geometrik tiga indeks dimensi BPS (0–1). Dimensi terendah paling menahan IPM: kenaikan 0,01 di sana menaikkan IPM paling banyak.',
    sentence:
      'IPM {{name}} {{ipm}} ({{year}}) tertahan terutama oleh {{dimension}}: indeks {{index}} ({{components}}), terendah dari tiga dimensinya',
    rank: ', peringkat {{rank}} dari {{of}} kabupaten/kota di {{parent}}',
    none: 'Tidak ada data komponen IPM (UHH, HLS, RLS, pengeluaran) untuk {{name}}, jadi IPM-nya tidak dapat diurai.',
    chartTitle: 'Indeks dimensi IPM {{name}} {{year}}',
    unit: 'indeks (0–1)',
    noBenchmark:
      'Komponen IPM hanya tersedia untuk kabupaten/kota: indeks dimensi {{names}} tertulis “tidak ada data”. IPM mereka dari tabel BPS var 413.',
    uhhNote: 'UHH seri var 414 (milik IPM var 413), bukan UHH Long Form SP2020.',
    columns: {
      dimension: 'Dimensi',
      components: 'Komponen',
    },
    ipmRow: 'IPM (0–100)',
    dimensions: {
      health: 'kesehatan',
      education: 'pendidikan',
      living: 'standar hidup layak',
    },
    component: {
      lifeExpectancy: 'UHH {{value}} tahun',
      expectedSchooling: 'HLS {{value}} tahun',
      meanSchooling: 'RLS {{value}} tahun',
      expenditure: 'pengeluaran {{value}} ribu rupiah',
    },
  },
  services: {
    missingLine: 'Belum ada data: {{list}}. Isi dengan sumbernya lewat',
    importLink: 'Impor data daerah',
    dataLink: 'Data & sumber',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const profileIpmEn: Widen<typeof profileIpmId> = {
  ipm: {
    title: 'Why the HDI is where it is',
    intro:
      'The HDI is the geometric mean of three BPS dimension indices (0–1). The lowest dimension holds it back most: a 0.01 rise there lifts the HDI most.',
    sentence:
      'The HDI of {{name}}, {{ipm}} ({{year}}), is held back mainly by {{dimension}}: index {{index}} ({{components}}), the lowest of its three dimensions',
    rank: ', rank {{rank}} of {{of}} regencies/cities in {{parent}}',
    none: 'No HDI components (life expectancy, expected and mean schooling, spending) for {{name}}, so its HDI cannot be decomposed.',
    chartTitle: 'HDI dimension indices of {{name}} {{year}}',
    unit: 'index (0–1)',
    noBenchmark:
      'HDI components exist for regencies/cities only: the dimension indices of {{names}} read “no data”. Their HDI is from BPS table var 413.',
    uhhNote:
      'Life expectancy of the var 414 series (belonging to var 413 HDI), not the Long Form SP2020 one.',
    columns: {
      dimension: 'Dimension',
      components: 'Components',
    },
    ipmRow: 'HDI (0–100)',
    dimensions: {
      health: 'health',
      education: 'education',
      living: 'decent standard of living',
    },
    component: {
      lifeExpectancy: 'life expectancy {{value}} years',
      expectedSchooling: 'expected schooling {{value}} years',
      meanSchooling: 'mean schooling {{value}} years',
      expenditure: 'spending {{value}} thousand rupiah',
    },
  },
  services: {
    missingLine: 'No data yet: {{list}}. Add them with their source via',
    importLink: 'Import regional data',
    dataLink: 'Data & sources',
  },
};
