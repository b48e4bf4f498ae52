/** Why one row (or one cell) of an imported file is not taken. Translated on screen (`importer.reason.*`). */
export type ImportIssueReason =
  | 'unknown-region'
  | 'region-mismatch'
  | 'skipped-region'
  | 'year-out-of-range'
  | 'not-a-number'
  | 'missing-value'
  | 'duplicate'
  | 'out-of-range'
  | 'sector-sum'
  | 'unknown-sector'
  | 'unknown-price-basis'
  | 'unknown-polarity'
  | 'missing-indicator'
  | 'unknown-indicator';

export interface ImportIssue {
  /** The line as a spreadsheet numbers it: the header is line 1. */
  row: number;
  column: string;
  reason: ImportIssueReason;
  /** The cell as written. */
  value: string;
  detail?: {
    suggestion?: string;
    /** The region(s) a name beside a code names, when they differ from the code's. */
    named?: string;
    min?: number | null;
    max?: number | null;
    sum?: number;
    total?: number;
    firstRow?: number;
    from?: number;
    to?: number;
  };
}

/** Why a whole file is refused; one message each (`importer.problem.*`). */
export type FileProblem =
  | { reason: 'not-csv' }
  | { reason: 'empty' }
  | { reason: 'unreadable' }
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'no-data-rows' }
  | { reason: 'unknown-columns'; found: string[] }
  | { reason: 'missing-columns'; missing: string[] }
  /** Headers and content disagree: the year column holds no years, or the value column only years. */
  | { reason: 'column-roles'; clashes: { column: string; holds: 'years' | 'not-years' }[] };
