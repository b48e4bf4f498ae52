/** A problem with one row of a payload: which row, which field, and why. */
export interface ValidationIssue {
  row: number | null;
  field: string;
  reason: string;
}
