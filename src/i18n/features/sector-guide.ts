/** The sector page's glossary, Indonesian first; one entry per term the page uses. */
export const sectorGuideId = {
  title: 'Istilah di halaman ini',
  intro: 'Penjelasan singkat setiap ukuran yang dipakai untuk menilai sektor.',
  terms: {
    lq: {
      term: 'LQ (Location Quotient, LQ statis)',
      text: 'Perbandingan porsi sebuah sektor dalam ekonomi daerah dengan porsinya di wilayah acuan. LQ di atas 1 berarti sektor itu lebih menonjol di daerah ini daripada di acuan: sektor basis, yang hasilnya kemungkinan juga dijual ke luar daerah.',
    },
    dlq: {
      term: 'DLQ (Dynamic Location Quotient)',
      text: 'LQ yang dihitung dari pertumbuhan, bukan dari porsi. DLQ di atas 1 berarti porsi sektor itu di daerah ini naik lebih cepat daripada di acuan, sehingga keunggulannya cenderung bertahan atau menguat.',
    },
    shiftShare: {
      term: 'Shift-share',
      text: 'Memecah pertambahan nilai sebuah sektor selama periode menjadi tiga bagian: pertumbuhan acuan (N, seandainya sektor tumbuh seperti seluruh ekonomi acuan), bauran industri (M) dan daya saing (C).',
    },
    mix: {
      term: 'Bauran industri (M)',
      text: 'Bagian pertumbuhan yang datang karena sektor itu memang sedang tumbuh cepat (positif) atau lambat (negatif) di wilayah acuan.',
    },
    competitive: {
      term: 'Daya saing (C)',
      text: 'Bagian pertumbuhan karena sektor itu tumbuh lebih cepat (positif) atau lebih lambat (negatif) di daerah ini daripada sektor yang sama di acuan: tanda keunggulan lokal.',
    },
    klassen: {
      term: 'Tipologi Klassen',
      text: 'Mengelompokkan sektor menurut dua pertanyaan: apakah porsinya lebih besar daripada di acuan, dan apakah tumbuh lebih cepat. I maju dan tumbuh pesat, II maju tapi tertekan, III potensial/berkembang, IV relatif tertinggal.',
    },
    quarterly: {
      term: 'Triwulanan, angka sementara',
      text: 'Data satu triwulan hanya menunjukkan struktur ekonomi saat itu (porsi dan LQ statis). Angka sementara masih dapat direvisi BPS. Dua triwulan tidak pernah dipakai untuk menghitung pertumbuhan karena ada pola musiman.',
    },
  },
};

export const sectorGuideEn: typeof sectorGuideId = {
  title: 'Terms on this page',
  intro: 'A short explanation of every measure used to assess the sectors.',
  terms: {
    lq: {
      term: 'LQ (location quotient, static LQ)',
      text: "A sector's share of the region's economy divided by its share of the reference economy. Above 1, the sector stands out more here than in the reference: a basic sector, whose output is likely also sold outside the region.",
    },
    dlq: {
      term: 'DLQ (dynamic location quotient)',
      text: "The LQ computed from growth rather than shares. Above 1, the sector's share grows faster here than in the reference, so its advantage tends to hold or strengthen.",
    },
    shiftShare: {
      term: 'Shift-share',
      text: "Splits a sector's growth over the period into three parts: reference growth (N, as if it grew like the whole reference economy), industry mix (M) and competitiveness (C).",
    },
    mix: {
      term: 'Industry mix (M)',
      text: 'The part of growth due to the sector growing fast (positive) or slowly (negative) in the reference economy.',
    },
    competitive: {
      term: 'Competitiveness (C)',
      text: 'The part of growth due to the sector growing faster (positive) or slower (negative) here than the same sector in the reference: a sign of local advantage.',
    },
    klassen: {
      term: 'Klassen typology',
      text: 'Groups sectors by two questions: is its share larger than in the reference, and does it grow faster? I developed and fast-growing, II developed but stagnant, III potential/developing, IV relatively lagging.',
    },
    quarterly: {
      term: 'Quarterly, preliminary',
      text: "One quarter shows only the economy's structure at that time (shares and static LQ). Preliminary figures may still be revised by BPS. Two quarters are never used for a growth rate because of seasonality.",
    },
  },
};
