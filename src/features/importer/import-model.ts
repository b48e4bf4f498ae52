import type { IndicatorCategory, Polarity } from '../../domain/indicator';
import { pickText, type Language } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import type { FileKind } from '../../data/import/files/columns';
import type { ImportContent } from '../../data/import/files/import-file';
import type { FileProblem, ImportIssue } from '../../data/import/import-issue';
import type { ImportedSet } from '../../data/import/imported-set';
import { slugify, type IndicatorMeta } from '../../data/import/files/indicator-file';
import { SECTOR_CODES, TOTAL_CODE } from '../../domain/sectors/sector-codes';
import type { CsvCell } from '../../lib/csv';
import { formatBytes, formatNumber } from '../../lib/format';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The reason of one skipped row, in the interface language. */
export function issueText(issue: ImportIssue, t: Translate, language: Language): string {
  const d = issue.detail ?? {};
  const num = (n: number | null | undefined, fallback: string) =>
    n === null || n === undefined ? fallback : formatNumber(n, language, Number.isInteger(n) ? 0 : 2);
  if (issue.reason === 'unknown-region' && d.suggestion)
    return t('importer.reason.unknown-region-suggest', { suggestion: d.suggestion });
  return t(`importer.reason.${issue.reason}`, {
    from: d.from,
    to: d.to,
    firstRow: d.firstRow,
    min: num(d.min, '−∞'),
    max: num(d.max, '∞'),
    sum: num(d.sum, ''),
    total: num(d.total, ''),
  });
}

export function problemText(problem: FileProblem, t: Translate, language: Language): string {
  switch (problem.reason) {
    case 'too-large':
      return t('importer.problem.too-large', {
        size: formatBytes(problem.size, language),
        limit: formatBytes(problem.limit, language),
      });
    case 'unknown-columns':
      return t('importer.problem.unknown-columns', { found: problem.found.join(', ') });
    case 'missing-columns':
      return t('importer.problem.missing-columns', { missing: problem.missing.join(', ') });
    default:
      return t(`importer.problem.${problem.reason}`);
  }
}

export interface PreviewTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string>[];
  total: number;
}

/** The first valid rows of an import, as they will be shown, for the user to check before importing. */
export function previewOf(
  content: ImportContent,
  nameOf: (code: RegionCode) => string,
  indicatorName: (id: string) => string,
  t: Translate,
  language: Language,
  limit = 10,
): PreviewTable {
  const label = (key: string) => t(`importer.preview.${key}`);
  const fmt = (value: number, decimals: number) => formatNumber(value, language, decimals);
  switch (content.kind) {
    case 'indicator': {
      const all = content.indicators.flatMap((i) => i.observations.map((o) => ({ i, o })));
      return {
        columns: [
          { key: 'region', label: label('region') },
          { key: 'indicator', label: label('indicator') },
          { key: 'year', label: label('year'), numeric: true },
          { key: 'value', label: label('value'), numeric: true },
        ],
        rows: all.slice(0, limit).map(({ i, o }) => ({
          region: nameOf(o.region),
          indicator: pickText(i.definition.name, language),
          year: String(o.year),
          value: o.value === null ? '' : fmt(o.value, i.definition.decimals),
        })),
        total: all.length,
      };
    }
    case 'targets':
      return {
        columns: [
          { key: 'region', label: label('region') },
          { key: 'indicator', label: label('indicator') },
          { key: 'year', label: label('year'), numeric: true },
          { key: 'target', label: label('target'), numeric: true },
        ],
        rows: content.targets.slice(0, limit).map((x) => ({
          region: nameOf(x.region),
          indicator: indicatorName(x.indicator),
          year: String(x.year),
          target: fmt(x.value, Number.isInteger(x.value) ? 0 : 2),
        })),
        total: content.targets.length,
      };
    case 'sectors':
      return {
        columns: [
          { key: 'region', label: label('region') },
          { key: 'year', label: label('year'), numeric: true },
          { key: 'basis', label: label('basis') },
          { key: 'sector', label: label('sector') },
          { key: 'value', label: label('value'), numeric: true },
        ],
        rows: content.values.slice(0, limit).map((x) => ({
          region: nameOf(x.region),
          year: x.quarter ? `${x.year} Q${x.quarter}` : String(x.year),
          basis: x.basis.toUpperCase(),
          sector: x.sector,
          value: fmt(x.value, 2),
        })),
        total: content.values.length,
      };
  }
}

const POLARITY_WORDS: Record<Polarity, string> = {
  'higher-is-better': 'naik-baik',
  'lower-is-better': 'turun-baik',
  neutral: 'netral',
};

/** A kept set written back in the format it was read in (long, Indonesian headers). */
export function setToCsvTable(
  set: ImportedSet,
  nameOf: (code: RegionCode) => string,
): { header: string[]; rows: CsvCell[][] } {
  switch (set.kind) {
    case 'indicator':
      return {
        header: [
          'kode_wilayah',
          'nama_wilayah',
          'tahun',
          'nilai',
          'indikator',
          'nama_indikator',
          'satuan',
          'arah',
          'sumber',
          'url_sumber',
        ],
        rows: set.indicators.flatMap((i) =>
          i.observations.map((o) => [
            o.region,
            nameOf(o.region),
            o.year,
            o.value,
            i.definition.id,
            i.definition.name.id,
            i.definition.unit.id,
            POLARITY_WORDS[i.definition.polarity],
            i.stated.source,
            i.stated.sourceUrl,
          ]),
        ),
      };
    case 'targets':
      return {
        header: ['kode_wilayah', 'nama_wilayah', 'indikator', 'tahun', 'target', 'sumber', 'url_sumber'],
        rows: set.targets.map((x) => [
          x.region,
          nameOf(x.region),
          x.indicator,
          x.year,
          x.value,
          set.stated.source,
          set.stated.sourceUrl,
        ]),
      };
    case 'sectors':
      return {
        header: [
          'kode_wilayah',
          'nama_wilayah',
          'tahun',
          'triwulan',
          'harga',
          'kode_sektor',
          'nilai',
          'sumber',
          'url_sumber',
        ],
        rows: set.values.map((x) => [
          x.region,
          nameOf(x.region),
          x.year,
          x.quarter ? `Q${x.quarter}` : '',
          x.basis,
          x.sector,
          x.value,
          set.stated.source,
          set.stated.sourceUrl,
        ]),
      };
  }
}

/**
 * The three templates: headers and the rows to fill in, with the value cells left empty — a template
 * never carries a figure that could be mistaken for data.
 */
export function templateTable(kind: FileKind): { header: string[]; rows: CsvCell[][] } {
  switch (kind) {
    case 'indicator':
      return {
        header: [
          'kode_wilayah',
          'nama_wilayah',
          'tahun',
          'nilai',
          'indikator',
          'nama_indikator',
          'satuan',
          'arah',
          'sumber',
          'url_sumber',
        ],
        rows: [
          [
            '61.11',
            'Kabupaten Kayong Utara',
            2024,
            null,
            'contoh-indikator',
            'Nama indikator Anda',
            'persen',
            'naik-baik',
            'Nama penerbit data',
            '',
          ],
          [
            '61.04',
            'Kabupaten Ketapang',
            2024,
            null,
            'contoh-indikator',
            'Nama indikator Anda',
            'persen',
            'naik-baik',
            'Nama penerbit data',
            '',
          ],
        ],
      };
    case 'targets':
      return {
        header: ['kode_wilayah', 'nama_wilayah', 'indikator', 'tahun', 'target', 'sumber'],
        rows: [
          ['61.11', 'Kabupaten Kayong Utara', 'ipm', 2026, null, 'RPJMD Kabupaten Kayong Utara'],
          ['61.11', 'Kabupaten Kayong Utara', 'poverty-rate', 2026, null, 'RPJMD Kabupaten Kayong Utara'],
        ],
      };
    case 'sectors':
      return {
        header: ['kode_wilayah', 'nama_wilayah', 'tahun', 'harga', 'kode_sektor', 'nilai', 'sumber'],
        rows: [...SECTOR_CODES, TOTAL_CODE].map((code) => [
          '61.11',
          'Kabupaten Kayong Utara',
          2024,
          'adhk',
          code,
          null,
          'BPS Kabupaten Kayong Utara',
        ]),
      };
  }
}

/** What a kept set holds, in a few words for the list. */
export function setSummary(
  set: ImportedSet,
  language: Language,
  nameOf: (code: RegionCode) => string,
  indicatorName: (id: string) => string,
): string {
  if (set.kind === 'indicator')
    return set.indicators.map((i) => pickText(i.definition.name, language)).join(', ');
  if (set.kind === 'targets')
    return [...new Set(set.targets.map((x) => indicatorName(x.indicator)))].join(', ');
  return [...new Set(set.values.map((x) => nameOf(x.region)))].join(', ');
}

/** The metadata form: a new indicator described here, or an existing one the values are added to. */
export interface MetaForm {
  mode: 'new' | 'existing';
  existing: string;
  name: string;
  id: string;
  unit: string;
  polarity: Polarity;
  category: IndicatorCategory;
  source: string;
  sourceUrl: string;
}

export function initialMetaForm(suggested: Partial<IndicatorMeta>, existingIds: readonly string[]): MetaForm {
  const matchesExisting = suggested.id !== undefined && existingIds.includes(suggested.id);
  return {
    mode: matchesExisting ? 'existing' : 'new',
    existing: matchesExisting ? suggested.id! : (existingIds[0] ?? ''),
    name: suggested.name ?? '',
    id: suggested.id ?? '',
    unit: suggested.unit ?? '',
    polarity: suggested.polarity ?? 'higher-is-better',
    category: suggested.category ?? 'governance',
    source: suggested.source ?? '',
    sourceUrl: suggested.sourceUrl ?? '',
  };
}

/** The metadata to import with, or null while a new indicator has no name yet. */
export function metaOf(form: MetaForm): IndicatorMeta | null {
  if (form.mode === 'existing') {
    return { ...form, id: form.existing, name: '', unit: '' };
  }
  const id = slugify(form.id || form.name);
  if (!form.name.trim() || !id) return null;
  return { ...form, id, name: form.name.trim() };
}
