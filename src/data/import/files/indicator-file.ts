import {
  INDICATOR_CATEGORIES,
  type Indicator,
  type IndicatorCategory,
  type Polarity,
} from '../../../domain/indicator';
import type { Observation } from '../../../domain/observation';
import type { RegionCode } from '../../../domain/region';
import { normalizeHeader, shownColumnName, yearOfHeader, type ColumnMap } from './columns';
import { byLine, resolveRegion, type DraftRow, type RegionChoices } from './draft-rows';
import type { ImportIssue } from '../import-issue';
import { importedSource } from '../imported-source';
import type { RegionMatcher } from '../parse/match-region';
import { decimalsOf, detectDecimalMark, isMissingCell, parseNumber } from '../parse/parse-number';
import type { TableLine } from './read-table';

/** What the file or the form says about the indicator; an id of a bundled indicator adds to that one. */
export interface IndicatorMeta {
  id: string;
  name: string;
  unit: string;
  polarity: Polarity;
  category: IndicatorCategory;
  source: string;
  sourceUrl: string;
}

export interface DraftValue {
  year: number;
  value: number;
  decimals: number;
  column: string;
  note?: string;
  /** Long files with metadata columns: the row's own indicator. */
  meta?: Partial<IndicatorMeta>;
}

export interface IndicatorDraft {
  kind: 'indicator';
  format: 'long' | 'wide';
  /** The file names its indicator(s) itself; otherwise the form supplies the metadata. */
  hasMetadata: boolean;
  /** A starting point for the form: a wide table's title, a unit in parentheses. */
  suggested: Partial<IndicatorMeta>;
  rows: DraftRow<DraftValue>[];
  issues: ImportIssue[];
  years: { from: number; to: number };
}

const POLARITIES: Record<string, Polarity> = {
  'naik-baik': 'higher-is-better',
  naik_baik: 'higher-is-better',
  'higher-is-better': 'higher-is-better',
  higher: 'higher-is-better',
  'turun-baik': 'lower-is-better',
  turun_baik: 'lower-is-better',
  'lower-is-better': 'lower-is-better',
  lower: 'lower-is-better',
  netral: 'neutral',
  neutral: 'neutral',
};

const CATEGORIES: Record<string, IndicatorCategory> = {
  'tata-kelola': 'governance',
  pemerintahan: 'governance',
  ekonomi: 'economy',
  masyarakat: 'society',
  sosial: 'society',
  'kualitas-hidup': 'living',
  lingkungan: 'environment',
  kependudukan: 'demography',
  ...Object.fromEntries(INDICATOR_CATEGORIES.map((c) => [c, c])),
};

/** "ekonomi", "economy", "smart economy" → 'economy'; null when not one of the dimensions. */
export function parseCategory(text: string): IndicatorCategory | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^smart\s+/, '')
    .replace(/\s+/g, '-');
  return CATEGORIES[key] ?? null;
}

export function parsePolarity(text: string): Polarity | null {
  return POLARITIES[text.trim().toLowerCase().replace(/\s+/g, '-')] ?? null;
}

/** "Angka Harapan Hidup (Tahun)" → "angka-harapan-hidup-tahun": a usable indicator id. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export const IMPORT_FIRST_YEAR = 1945;

const cellOf = (line: TableLine, index: number | undefined) =>
  index === undefined ? '' : (line.cells[index] ?? '');

/** Long format: one row per region-year, with or without metadata columns. */
export function readLongIndicator(
  header: TableLine,
  lines: readonly TableLine[],
  columns: ColumnMap,
  currentYear: number,
): IndicatorDraft {
  const mark = detectDecimalMark(lines.map((l) => cellOf(l, columns.value)));
  const name = (index: number | undefined) => (index === undefined ? '' : (header.cells[index] ?? ''));
  const rows: DraftRow<DraftValue>[] = [];
  const issues: ImportIssue[] = [];
  const hasMetadata = columns.indicator !== undefined;
  let from = Infinity;
  let to = -Infinity;

  for (const line of lines) {
    const codeText = cellOf(line, columns.regionCode);
    const regionText = codeText || cellOf(line, columns.regionName);
    const regionColumn = name(codeText ? columns.regionCode : (columns.regionName ?? columns.regionCode));
    const yearText = cellOf(line, columns.year);
    const valueText = cellOf(line, columns.value);
    const issue = (
      column: number | undefined,
      reason: ImportIssue['reason'],
      value: string,
    ): ImportIssue => ({
      row: line.line,
      column: name(column),
      reason,
      value,
    });

    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (year === null) {
      issues.push(issue(columns.year, 'not-a-number', yearText));
      continue;
    }
    if (year < IMPORT_FIRST_YEAR || year > currentYear) {
      issues.push({
        ...issue(columns.year, 'year-out-of-range', yearText),
        detail: { from: IMPORT_FIRST_YEAR, to: currentYear },
      });
      continue;
    }
    if (isMissingCell(valueText)) {
      issues.push(issue(columns.value, 'missing-value', valueText));
      continue;
    }
    const value = parseNumber(valueText, mark);
    if (value === null) {
      issues.push(issue(columns.value, 'not-a-number', valueText));
      continue;
    }
    let meta: Partial<IndicatorMeta> | undefined;
    if (hasMetadata) {
      const idText = cellOf(line, columns.indicator);
      const nameText = cellOf(line, columns.name);
      const id = slugify(idText || nameText);
      if (!id) {
        issues.push(issue(columns.indicator, 'missing-indicator', idText));
        continue;
      }
      const polarityText = cellOf(line, columns.polarity);
      const polarity = polarityText ? parsePolarity(polarityText) : undefined;
      if (polarity === null) {
        issues.push(issue(columns.polarity, 'unknown-polarity', polarityText));
        continue;
      }
      const category = parseCategory(cellOf(line, columns.category));
      meta = {
        id,
        name: nameText || idText,
        unit: cellOf(line, columns.unit),
        ...(polarity ? { polarity } : {}),
        ...(category ? { category } : {}),
        source: cellOf(line, columns.source),
        sourceUrl: cellOf(line, columns.sourceUrl),
      };
    }
    from = Math.min(from, year);
    to = Math.max(to, year);
    const note = cellOf(line, columns.note);
    rows.push({
      line: line.line,
      regionText,
      regionColumn,
      data: {
        year,
        value,
        decimals: decimalsOf(valueText, mark),
        column: name(columns.value),
        ...(note ? { note } : {}),
        ...(meta ? { meta } : {}),
      },
    });
  }
  return { kind: 'indicator', format: 'long', hasMetadata, suggested: {}, rows, issues, years: { from, to } };
}

const REGION_LABEL = /^(kabupaten_kota|kab_kota|kabupaten|kota|provinsi|wilayah|daerah|region|nama_wilayah)$/;
const FOOTER = /^(sumber|source|catatan|note|keterangan)\b/i;

/**
 * A BPS table as downloaded: title lines, a header with one column per year, one row per region (by
 * name), footnotes. Turned into the same rows as the long format; empty and "-" cells are no value.
 */
export function readWideIndicator(
  headerLine: TableLine,
  lines: readonly TableLine[],
  title: readonly string[],
  currentYear: number,
): IndicatorDraft {
  const yearColumns = headerLine.cells
    .map((cell, index) => ({ index, year: yearOfHeader(cell), header: cell }))
    .filter((c): c is { index: number; year: number; header: string } => c.year !== null);
  const regionIndex = headerLine.cells.findIndex((cell) => yearOfHeader(cell) === null);
  const regionColumn = headerLine.cells[regionIndex] || shownColumnName('regionName');
  const body = lines.filter((l) => l.line > headerLine.line);
  const footerAt = body.findIndex((l) => FOOTER.test(l.cells[regionIndex] ?? ''));
  const dataLines = footerAt >= 0 ? body.slice(0, footerAt) : body;
  const mark = detectDecimalMark(dataLines.flatMap((l) => yearColumns.map((c) => l.cells[c.index] ?? '')));

  const rows: DraftRow<DraftValue>[] = [];
  const issues: ImportIssue[] = [];
  for (const line of dataLines) {
    const regionText = line.cells[regionIndex] ?? '';
    if (!regionText) continue; // a sub-header line
    for (const column of yearColumns) {
      const text = line.cells[column.index] ?? '';
      if (isMissingCell(text)) continue;
      if (column.year > currentYear) {
        issues.push({
          row: line.line,
          column: column.header,
          reason: 'year-out-of-range',
          value: column.header,
          detail: { from: IMPORT_FIRST_YEAR, to: currentYear },
        });
        continue;
      }
      const value = parseNumber(text, mark);
      if (value === null) {
        issues.push({ row: line.line, column: column.header, reason: 'not-a-number', value: text });
        continue;
      }
      rows.push({
        line: line.line,
        regionText,
        regionColumn,
        data: { year: column.year, value, decimals: decimalsOf(text, mark), column: column.header },
      });
    }
  }
  const titleText = title.filter((t) => !REGION_LABEL.test(normalizeHeader(t))).join(' ');
  const unit = /\(([^()]+)\)\s*$/.exec(titleText)?.[1];
  const name = titleText.replace(/\s*\([^()]+\)\s*$/, '').trim();
  const years = yearColumns.map((c) => c.year);
  return {
    kind: 'indicator',
    format: 'wide',
    hasMetadata: false,
    suggested: { ...(name ? { name, id: slugify(name) } : {}), ...(unit ? { unit } : {}) },
    rows,
    issues,
    years: { from: Math.min(...years), to: Math.max(...years) },
  };
}

export interface ImportedIndicator {
  definition: Indicator;
  /** False when the values add to a bundled indicator. */
  isNew: boolean;
  observations: Observation[];
  /** The publisher the user named, kept as written so the set exports back as it came in. */
  stated: { source: string; sourceUrl: string };
}

export interface IndicatorResult {
  indicators: ImportedIndicator[];
  issues: ImportIssue[];
  validRows: number;
}

/**
 * Turns a draft into indicators and observations: regions resolved (with the user's choices for
 * ambiguous names), one value per region-year, values inside a bundled indicator's range. Every
 * observation is marked as imported and named after its file.
 */
export function finishIndicatorImport(
  draft: IndicatorDraft,
  options: {
    /** The form: the whole metadata for a file without any, only the dimension for one with its own. */
    formMeta: Partial<IndicatorMeta> | null;
    choices: RegionChoices;
    matcher: RegionMatcher;
    catalogue: readonly Indicator[];
    fileName: string;
  },
): IndicatorResult {
  const { formMeta, choices, matcher, catalogue, fileName } = options;
  const issues = [...draft.issues];
  const groups = new Map<
    string,
    { meta: Partial<IndicatorMeta>; rows: { row: DraftRow<DraftValue>; region: RegionCode }[] }
  >();
  const seen = new Map<string, number>();

  for (const row of draft.rows) {
    // A file's own metadata wins; the form still supplies what the file leaves out (its dimension).
    const meta: Partial<IndicatorMeta> | null = row.data.meta
      ? { category: formMeta?.category, ...row.data.meta }
      : formMeta;
    if (!meta?.id) {
      issues.push({
        row: row.line,
        column: shownColumnName('indicator'),
        reason: 'missing-indicator',
        value: '',
      });
      continue;
    }
    const resolved = resolveRegion(row, matcher, choices);
    if ('issue' in resolved) {
      issues.push(resolved.issue);
      continue;
    }
    const key = `${meta.id}|${resolved.code}|${row.data.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        row: row.line,
        column: row.data.column,
        reason: 'duplicate',
        value: `${resolved.code} ${row.data.year}`,
        detail: { firstRow: first },
      });
      continue;
    }
    const bundled = catalogue.find((i) => i.id === meta.id);
    const { min = null, max = null } = bundled?.range ?? {};
    const value = row.data.value;
    if ((min !== null && value < min) || (max !== null && value > max)) {
      issues.push({
        row: row.line,
        column: row.data.column,
        reason: 'out-of-range',
        value: String(value),
        detail: { min, max },
      });
      continue;
    }
    seen.set(key, row.line);
    const group = groups.get(meta.id) ?? { meta, rows: [] };
    group.rows.push({ row, region: resolved.code });
    groups.set(meta.id, group);
  }

  const indicators = [...groups.entries()].map(([id, { meta, rows }]): ImportedIndicator => {
    const bundled = catalogue.find((i) => i.id === id);
    const source = importedSource(fileName, meta.source, meta.sourceUrl);
    const decimals = Math.min(4, Math.max(0, ...rows.map((r) => r.row.data.decimals)));
    const definition: Indicator = bundled ?? {
      id,
      name: { id: meta.name || id, en: meta.name || id },
      unit: { id: meta.unit ?? '', en: meta.unit ?? '' },
      polarity: meta.polarity ?? 'neutral',
      category: meta.category ?? 'governance',
      decimals,
      description: { id: `Data impor dari berkas ${fileName}.`, en: `Imported from the file ${fileName}.` },
      source,
    };
    return {
      definition,
      isNew: !bundled,
      stated: { source: meta.source ?? '', sourceUrl: meta.sourceUrl ?? '' },
      observations: rows.map(({ row, region }) => ({
        region,
        year: row.data.year,
        value: row.data.value,
        source,
        flags: ['imported'],
        ...(row.data.note ? { note: row.data.note } : {}),
      })),
    };
  });
  const validRows = indicators.reduce((n, i) => n + i.observations.length, 0);
  return { indicators, issues: issues.sort(byLine), validRows };
}
