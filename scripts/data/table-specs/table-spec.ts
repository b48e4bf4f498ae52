import type { ObservationFlag, Source } from '../../../src/domain/provenance';
import { field, type CsvRow } from '../csv';

/** How one indicator is read from one source table. */
export interface TableSpec {
  indicator: string;
  file: string;
  /** The rows of the file that belong to this indicator, when a file feeds more than one. */
  select?: (row: CsvRow) => boolean;
  yearColumn: string;
  valueColumn: string;
  /** A reason to leave a usable-looking row out; reported in the build summary. */
  skip?: (row: CsvRow) => string | undefined;
  /**
   * Blank value: a known gap published as null with a note, an error, or (`category`) allowed only
   * where the row carries a published category, so a zone is never turned into a number.
   */
  blank: 'null' | 'error' | 'category';
  /** The id of one of the indicator's categories that the source published for this row. */
  category?: (row: CsvRow) => string | undefined;
  note?: (row: CsvRow) => string | undefined;
  flags?: (row: CsvRow) => ObservationFlag[];
  /**
   * A later table that fills gaps in an earlier one (a file name): its rows for region-years the earlier
   * table already holds are skipped, so existing values never change; a differing value stops the build.
   */
  supplements?: string;
  /** The row's source with its grade; without it both are read from `source_url`. */
  source?: (row: CsvRow) => Source;
}

export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return kept.length > 0 ? kept.join('; ') : undefined;
}

export const csvNote = (row: CsvRow) => field(row, 'note') || undefined;

export function inferredYear(row: CsvRow): ObservationFlag[] {
  return /year inferred/i.test(field(row, 'note')) ? ['inferred-year'] : [];
}
