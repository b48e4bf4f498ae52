import type { Indicator } from '../../../domain/indicator';
import type { Region } from '../../../domain/region';
import { detectLayout } from './columns';
import {
  ambiguousNames,
  defaultChoices,
  withProvinceHeadings,
  type AmbiguousName,
  type RegionChoices,
} from './draft-rows';
import { tallyRows, type RowTally } from './row-tally';
import type { FileProblem, ImportIssue } from '../import-issue';
import { finishIndicatorImport, type ImportedIndicator } from './indicator/finish-indicator-import';
import type { IndicatorDraft } from './indicator/indicator-draft';
import type { IndicatorMeta } from './indicator/indicator-meta';
import { readLongIndicator } from './indicator/read-long-indicator';
import { readWideIndicator } from './indicator/read-wide-indicator';
import { createRegionMatcher, type RegionMatcher } from '../parse/match-region';
import { readTable, type TableLine } from './read-table';
import { finishSectorImport, type ImportedSectorValue } from './sectors/finish-sector-import';
import { readSectors, type SectorDraft } from './sectors/read-sectors';
import { finishTargetImport, readTargets, type ImportedTarget, type TargetDraft } from './target-file';

export type ImportDraft = IndicatorDraft | TargetDraft | SectorDraft;

export interface ReadFile {
  draft: ImportDraft;
  /** Names several regions share: the user confirms which is meant. */
  ambiguous: AmbiguousName[];
  choices: Record<string, Region['code'] | null>;
  matcher: RegionMatcher;
  /** Every line below the header that holds data (footnotes excluded), to account for each. */
  dataLines: number[];
}

/** Reads a CSV file's text into a draft of its kind, or the one reason the whole file is refused. */
export function readImportFile(
  text: string,
  regions: readonly Region[],
  currentYear: number,
  /** Bundled indicators: a BPS table's title is matched against them before a new one is proposed. */
  catalogue: readonly Indicator[] = [],
): ReadFile | { problem: FileProblem } {
  const table = readTable(text);
  if ('problem' in table) return table;
  return readImportLines(table.lines, regions, currentYear, catalogue);
}

/** The same for lines already split into cells: a CSV's or a workbook sheet's. */
export function readImportLines(
  lines: readonly TableLine[],
  regions: readonly Region[],
  currentYear: number,
  catalogue: readonly Indicator[] = [],
): ReadFile | { problem: FileProblem } {
  if (lines.length === 0) return { problem: { reason: 'empty' } };
  const table = { lines };
  const layout = detectLayout(table.lines);
  if ('problem' in layout) return layout;
  const body = table.lines.filter((l) => l.line > layout.headerLine.line);
  if (body.length === 0) return { problem: { reason: 'no-data-rows' } };
  const draft: ImportDraft =
    layout.format === 'wide'
      ? readWideIndicator(layout.headerLine, table.lines, layout.title, currentYear, catalogue)
      : layout.kind === 'targets'
        ? readTargets(layout.headerLine, body, layout.columns)
        : layout.kind === 'sectors'
          ? readSectors(layout.headerLine, body, layout.columns, currentYear)
          : readLongIndicator(layout.headerLine, body, layout.columns, currentYear);
  const matcher = createRegionMatcher(regions);
  if (draft.kind === 'indicator' && draft.format === 'wide')
    draft.rows = withProvinceHeadings(draft.rows, matcher);
  const ambiguous = ambiguousNames(draft.rows, matcher);
  const dataLines = (draft.kind === 'indicator' && draft.dataLines) || body.map((l) => l.line);
  return { draft, ambiguous, choices: defaultChoices(ambiguous), matcher, dataLines };
}

/** What an import will keep, for the preview and then for storage. */
export type ImportContent =
  | { kind: 'indicator'; indicators: ImportedIndicator[] }
  | { kind: 'targets'; targets: ImportedTarget[]; stated: { source: string; sourceUrl: string } }
  | { kind: 'sectors'; values: ImportedSectorValue[]; stated: { source: string; sourceUrl: string } };

export interface ImportOutcome {
  content: ImportContent;
  issues: ImportIssue[];
  validRows: number;
  tally: RowTally;
}

/** Lines of a long file kept whole: those with a row and no issue. */
function linesWithoutIssues(rows: readonly { line: number }[], issues: readonly ImportIssue[]): Set<number> {
  const bad = new Set(issues.map((i) => i.row));
  return new Set(rows.map((r) => r.line).filter((line) => !bad.has(line)));
}

export function finishImport(
  read: ReadFile,
  options: {
    choices: RegionChoices;
    formMeta: Partial<IndicatorMeta> | null;
    catalogue: readonly Indicator[];
    fileName: string;
  },
): ImportOutcome {
  const { draft, matcher } = read;
  const common = { choices: options.choices, matcher, fileName: options.fileName };
  switch (draft.kind) {
    case 'indicator': {
      const result = finishIndicatorImport(draft, {
        ...common,
        formMeta: options.formMeta,
        catalogue: options.catalogue,
      });
      return {
        content: { kind: 'indicator', indicators: result.indicators },
        issues: result.issues,
        validRows: result.validRows,
        tally: tallyRows(read.dataLines, result.keptLines, result.issues),
      };
    }
    case 'targets': {
      const result = finishTargetImport(draft, { ...common, catalogue: options.catalogue });
      return {
        content: {
          kind: 'targets',
          targets: result.targets,
          stated: { source: draft.source.name, sourceUrl: draft.source.url },
        },
        issues: result.issues,
        validRows: result.validRows,
        tally: tallyRows(read.dataLines, linesWithoutIssues(draft.rows, result.issues), result.issues),
      };
    }
    case 'sectors': {
      const result = finishSectorImport(draft, common);
      return {
        content: {
          kind: 'sectors',
          values: result.values,
          stated: { source: draft.source.name, sourceUrl: draft.source.url },
        },
        issues: result.issues,
        validRows: result.validRows,
        tally: tallyRows(read.dataLines, linesWithoutIssues(draft.rows, result.issues), result.issues),
      };
    }
  }
}
