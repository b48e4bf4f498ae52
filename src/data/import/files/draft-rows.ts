import type { Region, RegionCode } from '../../../domain/region';
import type { ImportIssue } from '../import-issue';
import type { RegionMatch, RegionMatcher } from '../parse/match-region';

export const IMPORT_FIRST_YEAR = 1945;

/** A row read from the file, its region still as written. */
export interface DraftRow<T> {
  line: number;
  regionText: string;
  regionColumn: string;
  data: T;
  /** The province heading above the row in a BPS export: context for a bare regency name. */
  province?: RegionCode;
  /** The name beside a code, when the file has both: it must name the same region. */
  nameText?: string;
}

/**
 * A BPS export lists each province in capitals, then its regencies: every row under a heading gets that
 * province as context, so "Batang Hari" under JAMBI is Batanghari, not Batang in Central Java.
 */
export function withProvinceHeadings<T>(rows: readonly DraftRow<T>[], matcher: RegionMatcher): DraftRow<T>[] {
  let province: RegionCode | undefined;
  return rows.map((row) => {
    const alone = matcher.match(row.regionText);
    const heading =
      alone.status === 'matched'
        ? alone.region
        : alone.status === 'ambiguous' && row.regionText === row.regionText.toUpperCase()
          ? alone.candidates[0]
          : undefined;
    if (heading?.kind === 'provinsi') province = heading.code;
    if (heading?.kind === 'negara') province = undefined;
    return province ? { ...row, province } : row;
  });
}

/** A name several regions share, with the candidates (likelier first) for the user to choose from. */
export interface AmbiguousName {
  text: string;
  candidates: { code: RegionCode; name: string }[];
  rows: number;
  /** Unknown as written, with close names (same province and kind) for the user to accept or not. */
  suggested?: boolean;
}

/** The user's answer per ambiguous name: a region code, or null to leave those rows out. */
export type RegionChoices = Readonly<Record<string, RegionCode | null>>;

export function ambiguousNames(rows: readonly DraftRow<unknown>[], matcher: RegionMatcher): AmbiguousName[] {
  const found = new Map<string, AmbiguousName>();
  for (const row of rows) {
    const existing = found.get(row.regionText);
    if (existing) {
      existing.rows += 1;
      continue;
    }
    const match = matcher.match(row.regionText, row.province);
    const regions =
      match.status === 'ambiguous' ? match.candidates : match.status === 'unknown' ? match.suggestions : [];
    if (regions.length > 0) {
      found.set(row.regionText, {
        text: row.regionText,
        candidates: regions.map((r) => ({ code: r.code, name: r.name })),
        rows: 1,
        ...(match.status === 'unknown' ? { suggested: true } : {}),
      });
    }
  }
  return [...found.values()];
}

/**
 * What the confirmation form starts from: the likelier reading of a shared name; nothing for an unknown
 * name (its rows stay out until the user accepts a suggestion).
 */
export function defaultChoices(names: readonly AmbiguousName[]): Record<string, RegionCode | null> {
  return Object.fromEntries(names.map((n) => [n.text, n.suggested ? null : (n.candidates[0]?.code ?? null)]));
}

/** The region of a row, or the issue that keeps it out. */
export function resolveRegion(
  row: DraftRow<unknown>,
  matcher: RegionMatcher,
  choices: RegionChoices,
): { code: RegionCode } | { issue: ImportIssue } {
  const match: RegionMatch = matcher.match(row.regionText, row.province);
  const base = { row: row.line, column: row.regionColumn, value: row.regionText };
  if (match.status === 'matched') {
    const mismatch = nameMismatch(row, match.region, matcher);
    return mismatch ? { issue: { ...base, ...mismatch } } : { code: match.region.code };
  }
  if (match.status === 'ambiguous') {
    const chosen = choices[row.regionText];
    if (chosen) return { code: chosen };
    return { issue: { ...base, reason: 'skipped-region' } };
  }
  const accepted = choices[row.regionText];
  if (accepted) return { code: accepted };
  const suggestion = match.suggestions[0];
  return {
    issue: {
      ...base,
      reason: 'unknown-region',
      ...(suggestion ? { detail: { suggestion: suggestion.name } } : {}),
    },
  };
}

/** A code whose region the name beside it does not name ("61.11" with "Kabupaten Sambas"). */
function nameMismatch(
  row: DraftRow<unknown>,
  region: Region,
  matcher: RegionMatcher,
): Pick<ImportIssue, 'reason' | 'detail'> | null {
  if (!row.nameText || row.nameText === row.regionText) return null;
  const named = matcher.match(row.nameText);
  const regionsNamed =
    named.status === 'matched' ? [named.region] : named.status === 'ambiguous' ? named.candidates : [];
  if (regionsNamed.length === 0 || regionsNamed.some((r) => r.code === region.code)) return null;
  return {
    reason: 'region-mismatch',
    detail: { suggestion: region.name, named: regionsNamed.map((r) => r.name).join(' / ') },
  };
}

/**
 * The issue for a row whose key an earlier row already used (`seen` maps key → first line), or null.
 * Callers record a key themselves, once the row is kept.
 */
export function duplicateIssue(
  seen: ReadonlyMap<string, number>,
  key: string,
  row: DraftRow<{ column: string }>,
  shown: string,
): ImportIssue | null {
  const first = seen.get(key);
  if (first === undefined) return null;
  return {
    row: row.line,
    column: row.data.column,
    reason: 'duplicate',
    value: shown,
    detail: { firstRow: first },
  };
}

/** Sorts issues by line, then column, as a user reads the file. */
export function byLine(a: ImportIssue, b: ImportIssue): number {
  return a.row - b.row || a.column.localeCompare(b.column);
}
