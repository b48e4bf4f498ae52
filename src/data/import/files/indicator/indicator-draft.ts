import type { ImportIssue } from '../../import-issue';
import type { DraftRow } from '../draft-rows';
import type { IndicatorMeta } from './indicator-meta';

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
  /** A wide table's region lines (footnotes excluded), each to be accounted for. */
  dataLines?: number[];
}
