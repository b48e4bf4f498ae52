import type { Indicator } from '../../src/domain/indicator';
import type { Source } from '../../src/domain/provenance';

const BPS_TABLE = (code: string, slug: string) =>
  `https://www.bps.go.id/id/statistics-table/2/${code}/${slug}.html`;

/** Every table here was downloaded once, for 2024, through the BPS Query Builder by a STIS project. */
const secondary = (name: string, url?: string): Source => ({
  name,
  ...(url ? { url } : {}),
  grade: 'secondary',
});

const SUSENAS_REGENCY_2024 = {
  id: 'Hanya kabupaten/kota, 2024; BPS menerbitkan angka provinsi dan nasional di tabel tersendiri yang belum dibundel.',
  en: 'Regencies and cities only, 2024; BPS publishes province and national figures in separate tables not bundled yet.',
};

/**
 * The IPM components (tables var 414–417, which belong to the var-413 IPM series) and the basic-service
 * outcomes a regency answers for under the minimum service standards (SPM).
 */
export const BASIC_SERVICE_INDICATORS: readonly Indicator[] = [
  {
    id: 'improved-sanitation',
    name: { id: 'Rumah tangga dengan sanitasi layak', en: 'Households with improved sanitation' },
    unit: { id: '% rumah tangga', en: '% of households' },
    polarity: 'higher-is-better',
    category: 'basic-services',
    decimals: 2,
    description: {
      id:
        'Bagian rumah tangga yang memiliki akses terhadap sanitasi layak (konsep SDG 6.2.1), dari Susenas Maret. ' +
        'Norma: target SDG 6.2 adalah akses universal (100 %) pada 2030; tidak digambar sebagai garis target ' +
        'karena target di aplikasi ini adalah target daerah (RPJMD). Tolikara, Mamberamo Tengah dan Puncak tidak ' +
        `punya angka di sumber. ${SUSENAS_REGENCY_2024.id}`,
      en:
        'Share of households with access to improved sanitation (SDG 6.2.1 concept), from the March Susenas survey. ' +
        'Norm: SDG target 6.2 is universal access (100 %) by 2030; not drawn as a target line because targets in ' +
        'this app are those a region sets itself (RPJMD). Tolikara, Mamberamo Tengah and Puncak have no figure in ' +
        `the source. ${SUSENAS_REGENCY_2024.en}`,
    },
    source: secondary(
      'BPS – Persentase rumah tangga yang memiliki akses terhadap sanitasi layak menurut kabupaten/kota',
      'https://www.bps.go.id/id/statistics-table/2/Mjc0OCMy/',
    ),
    range: { min: 0, max: 100 },
  },
  {
    id: 'improved-drinking-water',
    name: { id: 'Rumah tangga dengan air minum layak', en: 'Households with improved drinking water' },
    unit: { id: '% rumah tangga', en: '% of households' },
    polarity: 'higher-is-better',
    category: 'basic-services',
    decimals: 2,
    description: {
      id:
        'Bagian rumah tangga yang memiliki akses terhadap sumber air minum layak (konsep SDG 6.1.1), dari Susenas Maret. ' +
        'Norma: target SDG 6.1 adalah akses universal (100 %) pada 2030; tidak digambar sebagai garis target. ' +
        `Mamberamo Tengah dan Lanny Jaya tidak punya angka di sumber. ${SUSENAS_REGENCY_2024.id}`,
      en:
        'Share of households with access to an improved drinking-water source (SDG 6.1.1 concept), from the March Susenas survey. ' +
        'Norm: SDG target 6.1 is universal access (100 %) by 2030; not drawn as a target line. ' +
        `Mamberamo Tengah and Lanny Jaya have no figure in the source. ${SUSENAS_REGENCY_2024.en}`,
    },
    source: secondary(
      'BPS – Persentase Rumah Tangga yang Memiliki Akses terhadap Sumber Air Minum Layak menurut Kabupaten/Kota',
      'https://www.bps.go.id/id/query-builder',
    ),
    range: { min: 0, max: 100 },
  },
  {
    id: 'expected-years-schooling',
    name: { id: 'Harapan Lama Sekolah (HLS)', en: 'Expected years of schooling' },
    unit: { id: 'tahun', en: 'years' },
    polarity: 'higher-is-better',
    category: 'basic-services',
    decimals: 2,
    description: {
      id:
        'Lama sekolah yang diharapkan dirasakan anak berumur 7 tahun di masa mendatang; komponen pendidikan IPM ' +
        `(maksimum 18 tahun dalam rumus). ${SUSENAS_REGENCY_2024.id}`,
      en:
        'Years of schooling a child aged 7 can expect to receive; an education component of the HDI ' +
        `(maximum 18 years in the formula). ${SUSENAS_REGENCY_2024.en}`,
    },
    source: secondary(
      'BPS – [Metode Baru] Harapan Lama Sekolah (var 417)',
      BPS_TABLE('NDE3IzI=', '-metode-baru--harapan-lama-sekolah'),
    ),
    range: { min: 0, max: 25 },
  },
  {
    id: 'mean-years-schooling',
    name: { id: 'Rata-rata Lama Sekolah (RLS)', en: 'Mean years of schooling' },
    unit: { id: 'tahun', en: 'years' },
    polarity: 'higher-is-better',
    category: 'basic-services',
    decimals: 2,
    description: {
      id:
        'Rata-rata lama sekolah penduduk berumur 25 tahun ke atas; komponen pendidikan IPM (maksimum 15 tahun dalam rumus). ' +
        SUSENAS_REGENCY_2024.id,
      en:
        'Average years of schooling of people aged 25 and over; an education component of the HDI (maximum 15 years in the formula). ' +
        SUSENAS_REGENCY_2024.en,
    },
    source: secondary(
      'BPS – [Metode Baru] Rata-rata Lama Sekolah (var 415)',
      BPS_TABLE('NDE1IzI=', '-metode-baru--rata-rata-lama-sekolah'),
    ),
    range: { min: 0, max: 18 },
  },
  {
    id: 'life-expectancy',
    name: {
      id: 'Umur Harapan Hidup saat lahir (UHH, seri var 414)',
      en: 'Life expectancy at birth (var 414 series)',
    },
    unit: { id: 'tahun', en: 'years' },
    polarity: 'higher-is-better',
    category: 'basic-services',
    decimals: 2,
    description: {
      id:
        'Komponen kesehatan IPM seri var 413 (proyeksi berbasis SP2010). Bukan UHH Long Form SP2020 yang dipakai ' +
        `rilis IPM BPS 2024: jangan dibandingkan atau digabung dengan seri itu. ${SUSENAS_REGENCY_2024.id}`,
      en:
        'The health component of the var-413 HDI series (SP2010-based projections). Not the Long Form SP2020 life ' +
        `expectancy of BPS's 2024 HDI release: never compare or mix the two. ${SUSENAS_REGENCY_2024.en}`,
    },
    source: secondary(
      'BPS – [Metode Baru] Umur Harapan Hidup Saat Lahir (UHH) (var 414)',
      BPS_TABLE('NDE0IzI=', '-metode-baru--umur-harapan-hidup-saat-lahir--uhh-'),
    ),
    range: { min: 20, max: 90 },
  },
  {
    id: 'adjusted-expenditure',
    name: { id: 'Pengeluaran per kapita disesuaikan', en: 'Adjusted per-capita expenditure' },
    unit: {
      id: 'ribu rupiah/orang/tahun (harga 2012, PPP)',
      en: 'thousand rupiah/person/year (2012 prices, PPP)',
    },
    polarity: 'higher-is-better',
    category: 'living',
    decimals: 0,
    description: {
      id:
        'Pengeluaran riil per kapita setahun yang disesuaikan dengan paritas daya beli; komponen standar hidup layak IPM. ' +
        SUSENAS_REGENCY_2024.id,
      en:
        'Real spending per person per year adjusted for purchasing-power parity; the decent-living component of the HDI. ' +
        SUSENAS_REGENCY_2024.en,
    },
    source: secondary(
      'BPS – [Metode Baru] Pengeluaran per Kapita Disesuaikan (var 416)',
      BPS_TABLE('NDE2IzI=', '-metode-baru--pengeluaran-per-kapita-disesuaikan'),
    ),
    range: { min: 0, max: null },
  },
  {
    id: 'poverty-gap-index',
    name: { id: 'Indeks Kedalaman Kemiskinan (P1)', en: 'Poverty gap index (P1)' },
    unit: { id: 'indeks', en: 'index' },
    polarity: 'lower-is-better',
    category: 'living',
    decimals: 2,
    description: {
      id:
        'Rata-rata jarak pengeluaran penduduk miskin dari garis kemiskinan, dari Susenas Maret; makin tinggi, makin ' +
        `dalam kemiskinannya. ${SUSENAS_REGENCY_2024.id}`,
      en:
        'Average distance of the poor’s spending below the poverty line, from the March Susenas survey; the higher, the ' +
        `deeper the poverty. ${SUSENAS_REGENCY_2024.en}`,
    },
    source: secondary(
      'BPS – Indeks Kedalaman Kemiskinan (P1) Menurut Kabupaten/Kota',
      'https://www.bps.go.id/id/query-builder',
    ),
    range: { min: 0, max: 100 },
  },
];
