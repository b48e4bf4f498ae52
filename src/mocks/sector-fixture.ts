/**
 * Real rows of the bundled sectors/pdrb.json for the fixture regions (generated from it, not edited):
 * DKI Jakarta and Kalimantan Barat (ADHK 2020, 2023, 2024; ADHB 2024), Indonesia (ADHK 2021–2025,
 * ADHB 2020, 2023, 2024) and three Kalbar regencies in 2026 Q1. With only two provinces in the fixture,
 * the "sum of provinces" here is 31 + 61, so its LQs are not the real ones.
 */
import { http, HttpResponse } from 'msw';

const SECTORS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M,N', 'O', 'P', 'Q', 'R,S,T,U'];

const SOURCES = [
  {
    id: 's1',
    name: 'BPS, PDB menurut lapangan usaha (via tauradavin/uas-visdat-2026)',
    url: 'https://github.com/tauradavin/uas-visdat-2026/blob/34843f442b8756427a13dec042ff0a54edcf9e61/Data/Produk%20Domestik%20Bruto%20Atas%20Dasar%20Harga%20Berlaku%202020.csv',
    grade: 'secondary',
  },
  {
    id: 's11',
    name: 'BPS, PDRB triwulanan ADHK kabupaten/kota (via engabuu35/uas-visualisasi-data-informasi-2026)',
    url: 'https://github.com/engabuu35/uas-visualisasi-data-informasi-2026/blob/fda2c880d7a02077c25bdf2284cd4db7a6d16413/data/processed/pdrb_long.csv',
    grade: 'secondary',
  },
  {
    id: 's2',
    name: 'PDB nasional 17 lapangan usaha ADHK, data seed aplikasi (via coderdestroyer/app-desi; belum diverifikasi)',
    url: 'https://github.com/coderdestroyer/app-desi/blob/08cabd89e763762b5072dfbbd9f46edae8c8276c/database/data/PDB_INDO.csv',
    grade: 'secondary',
  },
  {
    id: 's3',
    name: 'BPS, PDB menurut lapangan usaha (via tauradavin/uas-visdat-2026)',
    url: 'https://github.com/tauradavin/uas-visdat-2026/blob/34843f442b8756427a13dec042ff0a54edcf9e61/Data/Produk%20Domestik%20Bruto%20Atas%20Dasar%20Harga%20Berlaku%202023.csv',
    grade: 'secondary',
  },
  {
    id: 's4',
    name: 'BPS, PDB menurut lapangan usaha (via tauradavin/uas-visdat-2026)',
    url: 'https://github.com/tauradavin/uas-visdat-2026/blob/34843f442b8756427a13dec042ff0a54edcf9e61/Data/Produk%20Domestik%20Bruto%20Atas%20Dasar%20Harga%20Berlaku%202024.csv',
    grade: 'secondary',
  },
  {
    id: 's5',
    name: 'BPS, PDRB provinsi menurut lapangan usaha (via seanprb/indonesia-gva-map)',
    url: 'https://github.com/seanprb/indonesia-gva-map/blob/238fa234f53b5231c1192652ab9ad9ffed58d83a/00_base_data/%5BSeri%202010%5D%20PDRB%20Triwulanan%20Atas%20Dasar%20Harga%20Konstan%20Menurut%20Lapangan%20Usaha%20di%20Provinsi%20Seluruh%20Indonesia%2C%202020.csv',
    grade: 'secondary',
  },
  {
    id: 's6',
    name: 'BPS, PDRB provinsi menurut lapangan usaha (via seanprb/indonesia-gva-map)',
    url: 'https://github.com/seanprb/indonesia-gva-map/blob/238fa234f53b5231c1192652ab9ad9ffed58d83a/00_base_data/%5BSeri%202010%5D%20PDRB%20Triwulanan%20Atas%20Dasar%20Harga%20Konstan%20Menurut%20Lapangan%20Usaha%20di%20Provinsi%20Seluruh%20Indonesia%2C%202023.csv',
    grade: 'secondary',
  },
  {
    id: 's7',
    name: 'BPS, PDRB provinsi menurut lapangan usaha (via seanprb/indonesia-gva-map)',
    url: 'https://github.com/seanprb/indonesia-gva-map/blob/238fa234f53b5231c1192652ab9ad9ffed58d83a/00_base_data/%5BSeri%202010%5D%20PDRB%20Triwulanan%20Atas%20Dasar%20Harga%20Berlaku%20Menurut%20Lapangan%20Usaha%20di%20Provinsi%20Seluruh%20Indonesia%2C%202024.csv',
    grade: 'secondary',
  },
  {
    id: 's8',
    name: 'BPS, PDRB provinsi menurut lapangan usaha (via seanprb/indonesia-gva-map)',
    url: 'https://github.com/seanprb/indonesia-gva-map/blob/238fa234f53b5231c1192652ab9ad9ffed58d83a/00_base_data/%5BSeri%202010%5D%20PDRB%20Triwulanan%20Atas%20Dasar%20Harga%20Konstan%20Menurut%20Lapangan%20Usaha%20di%20Provinsi%20Seluruh%20Indonesia%2C%202024.csv',
    grade: 'secondary',
  },
];

type Table = [
  region: string,
  year: number,
  quarter: number | null,
  basis: 'adhk' | 'adhb',
  source: string,
  preliminary: boolean,
  total: number | null,
  values: number[],
];

const TABLES: Table[] = [
  [
    'ID',
    2020,
    null,
    'adhb',
    's1',
    false,
    null,
    [
      2115494.5, 993541.9, 3068041.7, 179741.6, 11305.4, 1652659.6, 1993988.7, 689552.4, 394055, 695963.3,
      696072.9, 453780.9, 294255.5, 585960.1, 551227.1, 201480.4, 302588.1,
    ],
  ],
  [
    'ID',
    2021,
    null,
    'adhk',
    's2',
    false,
    null,
    [
      1404190.9, 822099.5, 2284821.7, 114861.1, 9919.3, 1102517.7, 1449831.4, 406169.3, 310737.6, 696506.1,
      464637.7, 333282.9, 197106.7, 364246.6, 350660, 157085.5, 200773.2,
    ],
  ],
  [
    'ID',
    2022,
    null,
    'adhk',
    's2',
    false,
    null,
    [
      1435853.2, 858146.6, 2396603, 122451.9, 10240.1, 1124725.2, 1530003.7, 486873.8, 347854.6, 750319,
      473623.8, 339014.9, 214399, 373424.4, 352578.2, 161406.9, 219778.3,
    ],
  ],
  [
    'ID',
    2023,
    null,
    'adhb',
    's3',
    false,
    null,
    [
      2617690.4, 2198018.1, 3900061.7, 218250.9, 13285, 2072384.8, 2702605.6, 1231241.9, 526249.9, 883637.4,
      869167.8, 505457.4, 383091.9, 616445.4, 583384, 251994.8, 405191.3,
    ],
  ],
  [
    'ID',
    2023,
    null,
    'adhk',
    's2',
    false,
    null,
    [
      1454602.2, 910679.4, 2507799.8, 128460.5, 10741.5, 1179989.3, 1604211.3, 554854.9, 382651.6, 807304.6,
      496236.8, 343864.8, 232076.1, 379071.2, 358828.2, 168936.9, 242892,
    ],
  ],
  [
    'ID',
    2024,
    null,
    'adhb',
    's4',
    true,
    null,
    [
      2791665.2, 2026589.2, 4202866.9, 227527.4, 14258.2, 2233463.1, 2893315.4, 1358116.6, 583897.8, 960021.6,
      922810.9, 520728.1, 424169.8, 673476.4, 621395.2, 278198.5, 454308.8,
    ],
  ],
  [
    'ID',
    2024,
    null,
    'adhk',
    's2',
    false,
    null,
    [
      1464446.6, 955260.2, 2618854.5, 134594.2, 10910.1, 1262792.7, 1682612.1, 603051, 415020.6, 868446.9,
      519736.4, 352454.7, 251529.7, 403445.5, 372319.4, 182664.7, 266690.6,
    ],
  ],
  [
    'ID',
    2025,
    null,
    'adhk',
    's2',
    false,
    null,
    [
      1542447.4, 948947.8, 2757586.3, 138767.8, 11012.8, 1310966.1, 1775024.9, 655996.7, 445770, 940946.9,
      540301.8, 365072.1, 274407.6, 419017.4, 390904.5, 192883.5, 293160.4,
    ],
  ],
  [
    '31',
    2020,
    null,
    'adhk',
    's5',
    false,
    1792291.09,
    [
      1405.1, 2645.4, 194551.94, 5211.64, 743.23, 207532.81, 270772.51, 61415.84, 76513.74, 234276.68,
      207712.74, 118411.85, 151887.51, 66254.39, 87153.29, 36708.69, 69093.73,
    ],
  ],
  [
    '31',
    2023,
    null,
    'adhk',
    's6',
    false,
    2050474.47,
    [
      1443.05, 2094.15, 232990.97, 3961.69, 826.6, 216505.24, 321661.05, 84642.25, 99983.06, 281781.27,
      221859.15, 123874.01, 171012.97, 65927.42, 88808.74, 45901.07, 87201.78,
    ],
  ],
  [
    '31',
    2024,
    null,
    'adhb',
    's7',
    true,
    3679708.72,
    [
      2762.53, 5717.42, 422940.32, 5628.35, 1121.37, 401305.8, 662471.32, 166936.1, 178510.88, 342477.64,
      408186.14, 200045.22, 323347.99, 157015.91, 159541.97, 82004.51, 159695.26,
    ],
  ],
  [
    '31',
    2024,
    null,
    'adhk',
    's8',
    true,
    2151198.76,
    [
      1516.94, 1984.75, 235646, 3315.23, 830.59, 231632.64, 343770.7, 90533.4, 108295.65, 295297.83, 233740.3,
      125748.53, 179075.25, 66904.97, 92590.16, 48385.48, 91930.32,
    ],
  ],
  [
    '61',
    2020,
    null,
    'adhk',
    's5',
    false,
    134743.38,
    [
      32371.35, 7926.3, 21677.5, 157.83, 207.44, 13816.19, 18504.07, 4741.97, 2617.94, 7712.68, 5002.17,
      3824.1, 602.11, 6882.69, 4880.37, 2517.99, 1300.67,
    ],
  ],
  [
    '61',
    2023,
    null,
    'adhk',
    's6',
    false,
    154980.81,
    [
      35108.57, 7022.02, 24255.61, 196.45, 249.7, 15910.61, 23335.02, 5821.7, 3418.44, 9731.42, 5599.46,
      4487.68, 763.07, 7085.23, 5888.79, 4397.64, 1709.4,
    ],
  ],
  [
    '61',
    2024,
    null,
    'adhb',
    's7',
    true,
    300166.89,
    [
      65235.75, 15328.89, 46846.54, 392.22, 343.48, 36830.61, 43187.9, 13842.12, 6431.37, 12179.34, 9620.02,
      8122.05, 1298.54, 19690.43, 10480.79, 7889.7, 2447.14,
    ],
  ],
  [
    '61',
    2024,
    null,
    'adhk',
    's8',
    true,
    162574.47,
    [
      36150.73, 7167.79, 25034.6, 211.01, 257.97, 16666.49, 24810.06, 6067.07, 3630.46, 10401.18, 5873.8,
      4891.49, 808.67, 7697.43, 6448.27, 4643, 1814.45,
    ],
  ],
  [
    '61.04',
    2026,
    1,
    'adhk',
    's11',
    true,
    5879.92,
    [
      1481.2, 1236.55, 885.44, 2.77, 5.13, 469.03, 621.43, 87.21, 85.32, 227.82, 171.4, 142.57, 18.82, 190.12,
      109.95, 111.33, 33.84,
    ],
  ],
  [
    '61.11',
    2026,
    1,
    'adhk',
    's11',
    true,
    823.73,
    [
      247.34, 27.85, 72.63, 0.63, 1.46, 95.92, 112.18, 27.15, 19.03, 54.98, 15.91, 27.42, 2.71, 53.86, 25.84,
      28.56, 10.27,
    ],
  ],
  [
    '61.71',
    2026,
    1,
    'adhk',
    's11',
    true,
    7657.43,
    [
      99.27, 0, 1103.86, 14.36, 30.13, 998.55, 1485.73, 710.02, 263.43, 692.18, 638.11, 210.93, 57.33, 415.56,
      456.92, 319.76, 161.29,
    ],
  ],
];

export const sectorsFixture = {
  unit: 'miliar rupiah',
  sources: SOURCES,
  rows: TABLES.flatMap(([region, year, quarter, basis, source, preliminary, total, values]) => {
    const base = {
      region,
      year,
      ...(quarter ? { quarter } : {}),
      basis,
      source,
      ...(preliminary ? { preliminary } : {}),
    };
    const rows = values.map((value, i) => ({ ...base, sector: SECTORS[i]!, value }));
    return total === null ? rows : [...rows, { ...base, sector: 'TOTAL', value: total }];
  }),
};

export const sectorsHandler = http.get('*/data/v1/sectors/pdrb.json', () =>
  HttpResponse.json(sectorsFixture),
);

/** The fixture publisher has one file, as before the split: no `sectors/index.json`. */
export const sectorsIndexHandler = http.get(
  '*/data/v1/sectors/index.json',
  () => new HttpResponse('Not Found', { status: 404 }),
);

/** Named failures of the sector file, for `server.use(...)`. */
export const sectorScenarios = {
  absent: http.get('*/data/v1/sectors/pdrb.json', () => new HttpResponse('Not Found', { status: 404 })),
  partlyInvalid: http.get('*/data/v1/sectors/pdrb.json', () =>
    HttpResponse.json({
      ...sectorsFixture,
      rows: [...sectorsFixture.rows, { region: '61', year: 2023, basis: 'adhk', sector: 'Z', value: 1 }],
    }),
  ),
};
