/**
 * A small, real-shaped slice of Data API v1 for tests and the dev mock API. Region codes and values
 * are copied from the bundled official tables (BPS var 413 IPM and March poverty); the boundary
 * squares are NOT real geography, only shapes for tests.
 */
const BPS_IPM =
  'https://www.bps.go.id/id/statistics-table/2/NDEzIzI=/-metode-baru-indeks-pembangunan-manusia.html';
const BPS_POVERTY = 'https://www.bps.go.id/id/statistics-table/2/NjIxIzI=/';

export const regionsFixture = [
  { code: 'ID', name: 'Indonesia', level: 'country', parent: null, kind: 'negara' },
  { code: '31', name: 'Daerah Khusus Ibukota Jakarta', level: 'province', parent: 'ID', kind: 'provinsi' },
  { code: '31.71', name: 'Kota Administrasi Jakarta Pusat', level: 'regency', parent: '31', kind: 'kota' },
  { code: '61', name: 'Kalimantan Barat', level: 'province', parent: 'ID', kind: 'provinsi' },
  { code: '61.04', name: 'Kabupaten Ketapang', level: 'regency', parent: '61', kind: 'kabupaten' },
  { code: '61.11', name: 'Kabupaten Kayong Utara', level: 'regency', parent: '61', kind: 'kabupaten' },
  { code: '61.71', name: 'Kota Pontianak', level: 'regency', parent: '61', kind: 'kota' },
];

export const indicatorsFixture = [
  {
    id: 'ipm',
    name: { id: 'Indeks Pembangunan Manusia', en: 'Human Development Index' },
    unit: { id: 'indeks', en: 'index' },
    polarity: 'higher-is-better',
    category: 'society',
    decimals: 2,
    description: { id: 'IPM metode baru BPS (var 413).', en: 'BPS new-method HDI (var 413).' },
    source: { name: 'BPS', url: BPS_IPM },
    range: { min: 0, max: 100 },
  },
  {
    id: 'poverty-rate',
    name: { id: 'Persentase penduduk miskin', en: 'Poverty rate' },
    unit: { id: '%', en: '%' },
    polarity: 'lower-is-better',
    category: 'living',
    decimals: 2,
    description: { id: 'P0, Susenas Maret.', en: 'P0 headcount, March Susenas.' },
    source: { name: 'BPS', url: BPS_POVERTY },
    range: { min: 0, max: 100 },
  },
];

const series = (region: string, values: number[], url: string) =>
  values.map((value, i) => ({ region, year: 2021 + i, value, source: { name: 'BPS', url } }));

export const observationsFixture: Record<string, { indicator: string; observations: unknown[] }> = {
  ipm: {
    indicator: 'ipm',
    observations: [
      ...series('ID', [72.29, 72.91, 73.55, 74.2], BPS_IPM),
      ...series('31', [81.11, 81.65, 82.46, 83.08], BPS_IPM),
      ...series('31.71', [81.56, 82.11, 82.53, 83.01], BPS_IPM),
      ...series('61', [67.9, 68.63, 69.41, 70.13], BPS_IPM),
      ...series('61.04', [67.43, 67.92, 68.68, 69.42], BPS_IPM),
      ...series('61.11', [62.9, 63.81, 64.79, 65.74], BPS_IPM),
      ...series('61.71', [79.93, 80.48, 81.03, 81.57], BPS_IPM),
    ],
  },
  'poverty-rate': {
    indicator: 'poverty-rate',
    observations: [
      ...series('ID', [10.14, 9.54, 9.36, 9.03], BPS_POVERTY),
      ...series('31', [4.72, 4.69, 4.44, 4.3], BPS_POVERTY),
      ...series('31.71', [4.94, 4.9, 4.68, 4.63], BPS_POVERTY),
      ...series('61', [7.15, 6.73, 6.71, 6.32], BPS_POVERTY),
      ...series('61.04', [10.13, 9.39, 9.25, 8.5], BPS_POVERTY),
      ...series('61.11', [9.33, 9.04, 9.13, 8.84], BPS_POVERTY),
      ...series('61.71', [4.58, 4.46, 4.45, 4.2], BPS_POVERTY),
    ],
  },
};

/**
 * Targets for tests only, made up to exercise the optional targets file: the bundled data publishes none.
 * Kayong Utara: IPM 67.50 by 2026 (its +0.95 a year reaches 67.64: on track), poverty 8.50% in 2024 (8.84: missed).
 */
export const targetsFixture: Record<string, { indicator: string; targets: unknown[] }> = {
  ipm: {
    indicator: 'ipm',
    targets: [{ region: '61.11', year: 2026, value: 67.5, source: { name: 'Contoh target (uji)' } }],
  },
  'poverty-rate': {
    indicator: 'poverty-rate',
    targets: [{ region: '61.11', year: 2024, value: 8.5, source: { name: 'Contoh target (uji)' } }],
  },
};

/** Test-only squares: 31 and 61 side by side, each split into its regencies. Not real geography. */
function squares(codes: { code: string; name: string }[], y0: number) {
  return {
    type: 'Topology',
    arcs: codes.map((_, i) => [
      [100 + i * 2, y0],
      [102 + i * 2, y0],
      [102 + i * 2, y0 + 2],
      [100 + i * 2, y0 + 2],
      [100 + i * 2, y0],
    ]),
    objects: {
      regions: {
        type: 'GeometryCollection',
        geometries: codes.map((properties, i) => ({ type: 'Polygon', arcs: [[i]], properties })),
      },
    },
  };
}

export const boundariesFixture = {
  province: squares(
    [
      { code: '31', name: 'Daerah Khusus Ibukota Jakarta' },
      { code: '61', name: 'Kalimantan Barat' },
    ],
    -2,
  ),
  regency: squares(
    regionsFixture.filter((r) => r.level === 'regency').map(({ code, name }) => ({ code, name })),
    -2,
  ),
};
