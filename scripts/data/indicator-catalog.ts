import type { Band, Indicator } from '../../src/domain/indicator';
import { BASIC_SERVICE_INDICATORS } from './indicator-catalog-basic-services';

/** BPS's HDI classes; the same cut-offs apply to both IPM series. */
const IPM_BANDS: Band[] = [
  { from: null, to: 60, label: { id: 'Rendah', en: 'Low' } },
  { from: 60, to: 70, label: { id: 'Sedang', en: 'Medium' } },
  { from: 70, to: 80, label: { id: 'Tinggi', en: 'High' } },
  { from: 80, to: null, label: { id: 'Sangat tinggi', en: 'Very high' } },
];

const BPS_IPM_TABLE =
  'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/-metode-baru-indeks-pembangunan-manusia.html';
const BPS_POVERTY_TABLE =
  'https://www.bps.go.id/id/statistics-table/2/NjIxIzI=/persentase-penduduk-miskin-menurut-kabupaten-kota.html';
const BPS_TPT_TABLE =
  'https://www.bps.go.id/id/statistics-table/2/NTQzIzI=/tingkat-pengangguran-terbuka-menurut-provinsi.html';

/** As data/sources/README.md states it for the tables copied there; the TPT tables state no date. */
const COMPILED = '2025–2026';

/** Every indicator in the bundle, in the order the files and indicators.json list them. */
export const INDICATORS: readonly Indicator[] = [
  {
    id: 'ipm',
    name: { id: 'Indeks Pembangunan Manusia (IPM)', en: 'Human Development Index (HDI)' },
    unit: { id: 'indeks (0–100)', en: 'index (0–100)' },
    polarity: 'higher-is-better',
    category: 'society',
    decimals: 2,
    description: {
      id:
        'Capaian pembangunan manusia dari tiga dimensi: umur panjang dan sehat, pengetahuan, dan standar hidup layak. ' +
        'Seri tabel BPS var 413 (UHH dari proyeksi berbasis SP2010), satu-satunya seri yang tersedia sampai kabupaten/kota. ' +
        'Jangan dibandingkan dengan seri IPM UHH Long Form SP2020, yang sekitar 1 poin lebih tinggi.',
      en:
        'Human development across three dimensions: a long and healthy life, knowledge and a decent standard of living. ' +
        'BPS table var 413 (life expectancy from SP2010-based projections), the only series available down to regencies. ' +
        'Not comparable with the Long Form SP2020 series, which runs about 1 point higher.',
    },
    source: {
      name: 'BPS – [Metode Baru] Indeks Pembangunan Manusia (var 413)',
      url: BPS_IPM_TABLE,
      grade: 'secondary',
      compiled: COMPILED,
    },
    bands: IPM_BANDS,
    range: { min: 0, max: 100 },
  },
  {
    id: 'ipm-lf2020',
    name: {
      id: 'IPM (UHH Long Form SP2020)',
      en: 'HDI (life expectancy from the 2020 Census Long Form)',
    },
    unit: { id: 'indeks (0–100)', en: 'index (0–100)' },
    polarity: 'higher-is-better',
    category: 'society',
    decimals: 2,
    description: {
      id:
        'IPM yang dirilis BPS sejak November 2023 dengan angka harapan hidup dari Long Form Sensus Penduduk 2020. ' +
        'Hanya nasional dan sebagian provinsi (2023–2024), dikutip dari rilis BPS oleh media. Seri terpisah: ' +
        'jangan digabung atau dibandingkan dengan IPM var 413.',
      en:
        'The HDI BPS has released since November 2023, with life expectancy from the 2020 Census Long Form. ' +
        'National and some provinces only (2023–2024), as quoted from BPS releases by the media. A separate series: ' +
        'never mix or compare it with the var 413 HDI.',
    },
    source: { name: 'BPS – Berita Resmi Statistik IPM (dikutip media)', grade: 'press', compiled: COMPILED },
    bands: IPM_BANDS,
    range: { min: 0, max: 100 },
  },
  {
    id: 'poverty-rate',
    name: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate (P0)' },
    unit: { id: '% penduduk', en: '% of population' },
    polarity: 'lower-is-better',
    category: 'living',
    decimals: 2,
    description: {
      id:
        'Bagian penduduk yang pengeluaran per kapitanya di bawah garis kemiskinan, dari Susenas Maret. ' +
        'Angka kabupaten/kota adalah perkiraan tahunan dengan galat sampling yang lebih besar daripada angka provinsi.',
      en:
        'Share of people whose spending per head is below the poverty line, from the March Susenas survey. ' +
        'Regency figures are annual estimates with larger sampling error than province figures.',
    },
    source: {
      name: 'BPS – Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota',
      url: BPS_POVERTY_TABLE,
      grade: 'secondary',
      compiled: COMPILED,
    },
    range: { min: 0, max: 100 },
  },
  {
    id: 'unemployment-rate',
    name: { id: 'Tingkat Pengangguran Terbuka (TPT)', en: 'Open unemployment rate' },
    unit: { id: '% angkatan kerja', en: '% of the labour force' },
    polarity: 'lower-is-better',
    category: 'economy',
    decimals: 2,
    description: {
      id:
        'Bagian angkatan kerja yang tidak bekerja dan sedang mencari pekerjaan, dari Sakernas Agustus (BPS). ' +
        'Angka provinsi dan nasional dirilis BPS tersendiri, bukan jumlah dari kabupaten/kota. ' +
        'Angka kabupaten/kota dibaca dari kompilasi sekunder tabel provinsi BPS (dataset skripsi) dan punya celah: ' +
        'sebagian kabupaten di provinsi-provinsi Papua 2022–2023. Angka kabupaten/kota 2024 yang tidak ada di kompilasi itu ' +
        '(Jambi, Sumatera Selatan, Bengkulu, Kepulauan Riau, Kalimantan Timur, Gorontalo, keenam provinsi Papua) ' +
        'diisi dari tabel BPS 2024 yang diunduh lewat Query Builder (salinan proyek STIS). ' +
        'Provinsi 2024 hanya sepuluh tertinggi yang dikutip media.',
      en:
        'Share of the labour force without work and looking for it, from the August Sakernas survey (BPS). ' +
        'Province and national rates are published by BPS on their own, not summed from regencies. ' +
        'Regency rates were read from a secondary compilation of BPS provincial tables (a thesis dataset) and have gaps: ' +
        'some regencies of the Papua provinces in 2022–2023. The 2024 regency rates that compilation lacks ' +
        '(Jambi, Sumatera Selatan, Bengkulu, Kepulauan Riau, Kalimantan Timur, Gorontalo, the six Papua provinces) ' +
        'come from the 2024 BPS table downloaded through the Query Builder (a STIS project copy). ' +
        'For 2024 only the ten highest provinces, as quoted by the press.',
    },
    source: {
      name: 'BPS – Tingkat Pengangguran Terbuka (Sakernas Agustus)',
      url: BPS_TPT_TABLE,
      grade: 'secondary',
    },
    range: { min: 0, max: 100 },
  },
  {
    id: 'population',
    name: { id: 'Jumlah penduduk (Dukcapil)', en: 'Population (civil registry)' },
    unit: { id: 'jiwa', en: 'persons' },
    polarity: 'neutral',
    category: 'demography',
    decimals: 0,
    description: {
      id:
        'Penduduk terdaftar menurut Kepmendagri No. 300.2.2-2138 Tahun 2025 (data Dukcapil), tahun acuan 2025. ' +
        'Bukan angka BPS: berbeda dari proyeksi penduduk pertengahan tahun BPS.',
      en:
        'Registered population per Minister of Home Affairs Decree 300.2.2-2138 of 2025 (Dukcapil data), reference year 2025. ' +
        'Not a BPS figure: it differs from BPS mid-year population projections.',
    },
    source: {
      name: 'Kemendagri (Dukcapil) – Kepmendagri No. 300.2.2-2138 Tahun 2025',
      grade: 'secondary',
      compiled: COMPILED,
    },
    range: { min: 0, max: null },
  },
  {
    id: 'area',
    name: { id: 'Luas wilayah', en: 'Land area' },
    unit: { id: 'km²', en: 'km²' },
    polarity: 'neutral',
    category: 'demography',
    decimals: 2,
    description: {
      id:
        'Luas daratan dari Badan Informasi Geospasial (surat Desember 2024) sebagaimana tercantum dalam lampiran ' +
        'Kepmendagri 2025. Bukan angka BPS. Tidak ada angka nasional dalam sumber.',
      en:
        'Land area from the Geospatial Information Agency (BIG, letter of December 2024) as listed in the 2025 ' +
        'Home Affairs decree. Not a BPS figure. The source has no national total.',
    },
    source: {
      name: 'Badan Informasi Geospasial (via Kepmendagri No. 300.2.2-2138 Tahun 2025)',
      grade: 'secondary',
      compiled: COMPILED,
    },
    range: { min: 0, max: null },
  },
  {
    id: 'population-density',
    name: { id: 'Kepadatan penduduk', en: 'Population density' },
    unit: { id: 'jiwa/km²', en: 'persons/km²' },
    polarity: 'neutral',
    category: 'demography',
    decimals: 1,
    description: {
      id:
        'Dihitung di sini: penduduk terdaftar 2025 (Kemendagri) dibagi luas wilayah 2024 (BIG). ' +
        'Tahun kedua masukan berbeda dan penduduk bukan angka BPS, jadi gunakan sebagai gambaran, bukan statistik resmi.',
      en:
        'Computed here: registered population 2025 (Kemendagri) divided by land area 2024 (BIG). ' +
        'The inputs are from different years and the population is not a BPS figure; treat it as an indication, not an official statistic.',
    },
    source: {
      name: 'Kinerja Daerah, dari data Kemendagri (penduduk 2025) dan BIG (luas 2024)',
      grade: 'secondary',
      compiled: COMPILED,
    },
    range: { min: 0, max: null },
    derived: true,
  },
  {
    id: 'spbe-index',
    name: { id: 'Indeks SPBE', en: 'E-government (SPBE) index' },
    unit: { id: 'indeks (1–5)', en: 'index (1–5)' },
    polarity: 'higher-is-better',
    category: 'governance',
    decimals: 2,
    description: {
      id:
        'Kematangan Sistem Pemerintahan Berbasis Elektronik dari evaluasi KemenPAN-RB: 4 domain, 47 indikator, ' +
        'rata-rata tertimbang skala 1–5. Hanya contoh dari berita dan siaran pers, bukan tabel nasional lengkap. ' +
        'Evaluasi 2018–2019 memakai metode lama dan pemantauan 2025 memakai platform baru.',
      en:
        'Maturity of electronic government from the KemenPAN-RB evaluation: 4 domains, 47 indicators, ' +
        'weighted average on a 1–5 scale. A sample taken from news and press releases, not the full national table. ' +
        'The 2018–2019 evaluations used an older method and the 2025 monitoring a new platform.',
    },
    source: { name: 'Kementerian PANRB – Evaluasi SPBE', grade: 'press', compiled: COMPILED },
    bands: [
      { from: null, to: 1.8, label: { id: 'Kurang', en: 'Poor' } },
      { from: 1.8, to: 2.6, label: { id: 'Cukup', en: 'Fair' } },
      { from: 2.6, to: 3.5, label: { id: 'Baik', en: 'Good' } },
      { from: 3.5, to: 4.2, label: { id: 'Sangat Baik', en: 'Very good' } },
      { from: 4.2, to: null, label: { id: 'Memuaskan', en: 'Excellent' } },
    ],
    range: { min: 1, max: 5 },
  },
  {
    id: 'ombudsman-score',
    name: {
      id: 'Nilai kepatuhan pelayanan publik (Ombudsman RI)',
      en: 'Public-service compliance score (Ombudsman RI)',
    },
    unit: { id: 'nilai (0–100)', en: 'score (0–100)' },
    polarity: 'higher-is-better',
    category: 'governance',
    decimals: 2,
    description: {
      id:
        'Penilaian Ombudsman RI atas kepatuhan unit layanan utama pemda terhadap standar pelayanan publik (UU 25/2009). ' +
        'Metode berubah pada 2022, jadi zona dan kategori tidak dapat dibandingkan melintasi 2021→2022. ' +
        'Hanya contoh dari berita. Daerah yang hanya diketahui zonanya ditampilkan dengan zonanya, tanpa nilai.',
      en:
        "Ombudsman RI's assessment of how far a local government's main service units comply with public-service standards (Law 25/2009). " +
        'The method changed in 2022, so zones and categories are not comparable across 2021→2022. ' +
        'A sample taken from news. Regions known only by their zone are shown with that zone and no value.',
    },
    source: {
      name: 'Ombudsman RI – Penilaian Kepatuhan / Opini Pengawasan Pelayanan Publik',
      url: 'https://ombudsman.go.id',
      grade: 'press',
      compiled: COMPILED,
    },
    categories: [
      { id: 'merah', label: { id: 'Zona merah', en: 'Red zone' }, order: 0 },
      { id: 'kuning', label: { id: 'Zona kuning', en: 'Yellow zone' }, order: 1 },
      { id: 'hijau', label: { id: 'Zona hijau', en: 'Green zone' }, order: 2 },
    ],
    bandSets: [
      {
        fromYear: 2018,
        toYear: 2021,
        method: {
          id: 'Penilaian Kepatuhan Standar Pelayanan Publik (sampai 2021)',
          en: 'Compliance with public-service standards (up to 2021)',
        },
        bands: [
          {
            from: null,
            to: 51,
            label: { id: 'Zona merah – kepatuhan rendah', en: 'Red zone – low compliance' },
          },
          {
            from: 51,
            to: 81,
            label: { id: 'Zona kuning – kepatuhan sedang', en: 'Yellow zone – medium compliance' },
          },
          {
            from: 81,
            to: null,
            label: { id: 'Zona hijau – kepatuhan tinggi', en: 'Green zone – high compliance' },
          },
        ],
      },
      {
        fromYear: 2022,
        toYear: 2024,
        method: {
          id: 'Opini Pengawasan Penyelenggaraan Pelayanan Publik (2022–2024)',
          en: 'Opinion on public-service delivery (2022–2024)',
        },
        bands: [
          {
            from: null,
            to: 32,
            label: { id: 'E – kualitas terendah (zona merah)', en: 'E – lowest quality (red zone)' },
          },
          {
            from: 32,
            to: 54,
            label: { id: 'D – kualitas rendah (zona merah)', en: 'D – low quality (red zone)' },
          },
          {
            from: 54,
            to: 78,
            label: { id: 'C – kualitas sedang (zona kuning)', en: 'C – medium quality (yellow zone)' },
          },
          {
            from: 78,
            to: 88,
            label: { id: 'B – kualitas tinggi (zona hijau)', en: 'B – high quality (green zone)' },
          },
          {
            from: 88,
            to: null,
            label: { id: 'A – kualitas tertinggi (zona hijau)', en: 'A – highest quality (green zone)' },
          },
        ],
      },
    ],
    range: { min: 0, max: 100 },
  },
  {
    id: 'ipp',
    name: { id: 'Indeks Pelayanan Publik (IPP)', en: 'Public Service Index (IPP)' },
    unit: { id: 'indeks (0–5)', en: 'index (0–5)' },
    polarity: 'higher-is-better',
    category: 'governance',
    decimals: 2,
    description: {
      id:
        'Evaluasi KemenPAN-RB (PEKPPP) atas kebijakan layanan, SDM, sarana, inovasi dan kepuasan pengguna di unit layanan terpilih. ' +
        'Hanya 7 provinsi teratas 2024 (KepmenPANRB 659/2024); provinsi lain dinilai tetapi nilainya tidak ditemukan.',
      en:
        'KemenPAN-RB evaluation (PEKPPP) of service policy, staff, facilities, innovation and user satisfaction in selected service units. ' +
        'Only the top 7 provinces of 2024 (KepmenPANRB 659/2024); other provinces were assessed but their values were not found.',
    },
    source: {
      name: 'Kementerian PANRB – Evaluasi PEKPPP (KepmenPANRB 659/2024)',
      grade: 'press',
      compiled: COMPILED,
    },
    range: { min: 0, max: 5 },
  },
  {
    id: 'eppd',
    name: {
      id: 'Evaluasi Penyelenggaraan Pemerintahan Daerah (EPPD)',
      en: 'Regional government performance evaluation (EPPD)',
    },
    unit: { id: 'skor (0–4)', en: 'score (0–4)' },
    polarity: 'higher-is-better',
    category: 'governance',
    decimals: 2,
    description: {
      id:
        'Skor Kemendagri atas LPPD tahun sebelumnya (PP 13/2019), dari indikator kinerja kunci dan capaian makro. ' +
        'Tahun = tahun evaluasi. Status resmi ada di catatan; batas status tidak ditemukan. ' +
        'Pemda yang kepala daerahnya tersangkut kasus korupsi tidak dinilai.',
      en:
        "Kemendagri's score of the previous year's LPPD report (Government Regulation 13/2019), from key performance indicators and macro outcomes. " +
        'Year = evaluation year. The official status is in the note; the status cut-offs were not found. ' +
        'Governments whose head was named in a corruption case were not assessed.',
    },
    source: {
      name: 'Kemendagri – Evaluasi Penyelenggaraan Pemerintahan Daerah',
      grade: 'press',
      compiled: COMPILED,
    },
    range: { min: 0, max: 4 },
  },
  {
    id: 'smart-city-cohort',
    name: {
      id: 'Angkatan Gerakan Menuju 100 Smart City',
      en: 'Cohort in the "Towards 100 Smart Cities" movement',
    },
    unit: { id: 'tahun angkatan', en: 'cohort year' },
    polarity: 'neutral',
    category: 'governance',
    decimals: 0,
    description: {
      id:
        'Tahun daerah bergabung dengan Gerakan Menuju 100 Smart City (Kominfo dkk.); nilainya tahun, bukan skor. ' +
        'Daftar tidak lengkap (angkatan 2017 lengkap, 13 dari 50 angkatan 2018, 3 dari 25 angkatan 2019), ' +
        'jadi daerah tanpa nilai belum tentu bukan peserta.',
      en:
        'The year a region joined the "Towards 100 Smart Cities" movement (Kominfo and partners); the value is a year, not a score. ' +
        'The list is incomplete (full 2017 cohort, 13 of 50 from 2018, 3 of 25 from 2019), ' +
        'so a region without a value is not necessarily a non-participant.',
    },
    source: {
      name: 'Kominfo – Gerakan Menuju 100 Smart City (daftar peserta dari berita)',
      grade: 'press',
      compiled: COMPILED,
    },
    range: { min: 2017, max: null },
  },
  ...BASIC_SERVICE_INDICATORS,
];
