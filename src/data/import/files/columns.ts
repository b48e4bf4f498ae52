import type { FileProblem } from '../import-issue';
import { checkColumnRoles } from './column-roles';
import type { TableLine } from './read-table';

/** The columns the importer understands, each under its Indonesian and English names. */
export type ColumnKey =
  | 'regionCode'
  | 'regionName'
  | 'year'
  | 'value'
  | 'indicator'
  | 'name'
  | 'unit'
  | 'polarity'
  | 'source'
  | 'sourceUrl'
  | 'category'
  | 'note'
  | 'target'
  | 'basis'
  | 'sector'
  | 'quarter';

const ALIASES: Record<ColumnKey, readonly string[]> = {
  regionCode: ['kode_wilayah', 'kode_daerah', 'kode', 'region_code', 'code', 'kode_kab_kota', 'kode_bps'],
  regionName: [
    'wilayah',
    'nama_wilayah',
    'daerah',
    'nama_daerah',
    'kabupaten_kota',
    'kab_kota',
    'provinsi',
    'region',
    'region_name',
  ],
  year: ['tahun', 'year', 'periode', 'period', 'tahun_data'],
  value: ['nilai', 'value', 'value_billion_idr', 'nilai_miliar_rupiah', 'skor', 'score', 'angka'],
  indicator: ['indikator', 'indicator', 'id_indikator', 'kode_indikator', 'indicator_id'],
  name: ['nama_indikator', 'name', 'indicator_name'],
  unit: ['satuan', 'unit'],
  polarity: ['arah', 'polarity', 'direction'],
  source: ['sumber', 'source'],
  sourceUrl: ['url_sumber', 'source_url', 'url'],
  category: ['dimensi', 'category'],
  note: ['catatan', 'keterangan', 'note'],
  target: ['target', 'sasaran'],
  basis: ['harga', 'price_basis', 'basis', 'dasar_harga'],
  sector: ['kode_sektor', 'sector_code', 'sektor', 'sector', 'lapangan_usaha'],
  quarter: ['triwulan', 'quarter', 'kuartal'],
};

export type ColumnMap = Partial<Record<ColumnKey, number>>;

/** "Kode Wilayah", "kode-wilayah", "KODE_WILAYAH " → "kode_wilayah". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-/]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}

export function mapColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((header, index) => {
    const normalized = normalizeHeader(header);
    for (const [key, aliases] of Object.entries(ALIASES) as [ColumnKey, readonly string[]][]) {
      if (map[key] === undefined && aliases.includes(normalized)) map[key] = index;
    }
  });
  return map;
}

export type FileKind = 'indicator' | 'targets' | 'sectors';
export type FileLayout =
  | { kind: FileKind; format: 'long'; headerLine: TableLine; columns: ColumnMap }
  | { kind: 'indicator'; format: 'wide'; headerLine: TableLine; title: string[] };

const YEAR_HEADER = /^(19[4-9]\d|20\d\d)(\s*\*+)?$/;

export function yearOfHeader(cell: string): number | null {
  const match = YEAR_HEADER.exec(cell.trim());
  return match ? Number(match[1]) : null;
}

/** The original header names a long file must have, for the message when one is missing. */
const REQUIRED: Record<FileKind, ColumnKey[]> = {
  indicator: ['year', 'value'],
  targets: ['indicator', 'year', 'target'],
  sectors: ['year', 'basis', 'sector', 'value'],
};

const SHOWN_NAME: Record<ColumnKey, string> = {
  regionCode: 'kode_wilayah',
  regionName: 'nama_wilayah',
  year: 'tahun',
  value: 'nilai',
  indicator: 'indikator',
  name: 'nama_indikator',
  unit: 'satuan',
  polarity: 'arah',
  source: 'sumber',
  sourceUrl: 'url_sumber',
  category: 'dimensi',
  note: 'catatan',
  target: 'target',
  basis: 'harga',
  sector: 'kode_sektor',
  quarter: 'triwulan',
};

export function shownColumnName(key: ColumnKey): string {
  return SHOWN_NAME[key];
}

/**
 * A wide table's header: year cells and, at most, one label (the region column's). A data row that
 * happens to hold a year ("Kayong Utara,71,2,2024") is not one.
 */
function isWideHeader(line: TableLine): boolean {
  const filled = line.cells.filter((c) => c !== '');
  const labels = filled.filter((c) => yearOfHeader(c) === null);
  const years = filled.length - labels.length;
  if (years === 0 || labels.length > 1) return false;
  const label = labels[0];
  return label === undefined || (years > 1 && !/\d/.test(label)) || isRegionLabel(label);
}

// Header noise above a BPS table: "Provinsi/Kabupaten/Kota/Indonesia", "Kabupaten/Kota", "Wilayah".
const REGION_LABEL =
  /^((provinsi|kabupaten|kab|kota|indonesia|wilayah|daerah|region|nama|regency|municipality|province|city)_?)+$/;

/** A region column's label, not a title: made only of words like provinsi, kabupaten, kota. */
export function isRegionLabel(cell: string): boolean {
  return REGION_LABEL.test(normalizeHeader(cell));
}

/**
 * Which of the three kinds a file is, from its header: a sector column means PDRB by sector, a target
 * column targets, year + value a long table of indicator values. Otherwise the first line among the
 * first fifteen with year-shaped headers starts a BPS-style wide table (one column per year), and the
 * lines above it are its title.
 */
export function detectLayout(lines: readonly TableLine[]): FileLayout | { problem: FileProblem } {
  const first = lines[0]!;
  const columns = mapColumns(first.cells);
  const hasRegion = columns.regionCode !== undefined || columns.regionName !== undefined;
  const kind: FileKind | null =
    columns.sector !== undefined || columns.basis !== undefined
      ? 'sectors'
      : columns.target !== undefined
        ? 'targets'
        : columns.year !== undefined || columns.value !== undefined
          ? 'indicator'
          : null;
  if (kind) {
    const missing = [
      ...(hasRegion ? [] : ['regionCode' as const]),
      ...REQUIRED[kind].filter((key) => columns[key] === undefined),
    ];
    if (missing.length > 0)
      return { problem: { reason: 'missing-columns', missing: missing.map(shownColumnName) } };
    const roles = checkColumnRoles(first, lines.slice(1), columns);
    if (roles) return { problem: roles };
    return { kind, format: 'long', headerLine: first, columns };
  }
  const headerIndex = lines.slice(0, 15).findIndex(isWideHeader);
  if (headerIndex >= 0) {
    const title = lines
      .slice(0, headerIndex)
      .flatMap((l) => l.cells.filter((c) => c !== '' && yearOfHeader(c) === null));
    return { kind: 'indicator', format: 'wide', headerLine: lines[headerIndex]!, title };
  }
  return { problem: { reason: 'unknown-columns', found: first.cells.filter(Boolean).slice(0, 12) } };
}
