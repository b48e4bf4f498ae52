import type * as z from 'zod/mini';
import type { ValidationIssue } from '../../domain/validation-issue';

export type { ValidationIssue };

export interface Validated<T> {
  rows: T[];
  issues: ValidationIssue[];
  /** Index in the payload of each kept row, so later checks report the publisher's row number. */
  positions?: number[];
}

/** The payload as a whole cannot be used (not JSON, wrong shape, nothing valid in it). */
export class InvalidPayloadError extends Error {
  constructor(
    readonly resource: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${resource}: ${issues[0]?.reason ?? 'invalid payload'}`);
    this.name = 'InvalidPayloadError';
  }
}

export function issuesFromZod(error: z.core.$ZodError, row: number | null): ValidationIssue[] {
  return error.issues.map((issue) => ({
    row,
    field: issue.path.join('.') || '(row)',
    reason: issue.message,
  }));
}

/**
 * Validates an array row by row: valid rows are kept, invalid ones are reported.
 * A payload that is not an array, or in which no row is valid, is rejected whole.
 */
export function validateRows<T>(
  resource: string,
  payload: unknown,
  rowSchema: z.ZodMiniType<T>,
  /** A field that must be unique (a region's code, an indicator's id): the first row wins. */
  unique?: { field: string; keyOf: (row: T) => string },
): Validated<T> {
  if (!Array.isArray(payload)) {
    throw new InvalidPayloadError(resource, [
      { row: null, field: '(root)', reason: `expected an array, got ${describe(payload)}` },
    ]);
  }
  const rows: T[] = [];
  const positions: number[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  payload.forEach((item, index) => {
    const result = rowSchema.safeParse(item);
    const key = result.success && unique ? unique.keyOf(result.data) : null;
    if (key !== null && seen.has(key)) {
      issues.push({ row: index, field: unique!.field, reason: `second row for ${unique!.field} ${key}` });
    } else if (result.success) {
      if (key !== null) seen.add(key);
      rows.push(result.data);
      positions.push(index);
    } else issues.push(...issuesFromZod(result.error, index));
  });
  if (rows.length === 0 && issues.length > 0) throw new InvalidPayloadError(resource, issues);
  return { rows, issues, positions };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
