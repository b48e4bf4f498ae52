import type { Indicator } from '../../../../domain/indicator';
import type { Observation } from '../../../../domain/observation';
import type { RegionCode } from '../../../../domain/region';
import type { ImportIssue } from '../../import-issue';
import { importedSource } from '../../imported-source';
import type { RegionMatcher } from '../../parse/match-region';
import { shownColumnName } from '../columns';
import { byLine, duplicateIssue, resolveRegion, type DraftRow, type RegionChoices } from '../draft-rows';
import type { DraftValue, IndicatorDraft } from './indicator-draft';
import type { IndicatorMeta } from './indicator-meta';

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
  /** The file lines at least one kept value came from. */
  keptLines: Set<number>;
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
    const duplicate = duplicateIssue(seen, key, row, `${resolved.code} ${row.data.year}`);
    if (duplicate) {
      issues.push(duplicate);
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
  const keptLines = new Set([...groups.values()].flatMap((g) => g.rows.map((r) => r.row.line)));
  return { indicators, issues: issues.sort(byLine), validRows, keptLines };
}
