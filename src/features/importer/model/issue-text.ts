import type { Language } from '../../../domain/localized';
import type { FileProblem, ImportIssue } from '../../../data/import/import-issue';
import { formatBytes, formatNumber } from '../../../lib/format';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The reason of one skipped row, in the interface language. */
export function issueText(issue: ImportIssue, t: Translate, language: Language): string {
  const d = issue.detail ?? {};
  const num = (n: number | null | undefined, fallback: string) =>
    n === null || n === undefined ? fallback : formatNumber(n, language, Number.isInteger(n) ? 0 : 2);
  if (issue.reason === 'unknown-region' && d.suggestion)
    return t('importer.reason.unknown-region-suggest', { suggestion: d.suggestion });
  if (issue.reason === 'region-mismatch')
    return t('importer.reason.region-mismatch', { suggestion: d.suggestion, named: d.named });
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
    case 'column-roles':
      return t('importer.problem.column-roles', {
        clashes: problem.clashes
          .map((c) =>
            t(c.holds === 'years' ? 'importer.problem.holdsYears' : 'importer.problem.holdsNoYears', {
              column: c.column,
            }),
          )
          .join('; '),
      });
    case 'missing-columns':
      return t('importer.problem.missing-columns', { missing: problem.missing.join(', ') });
    default:
      return t(`importer.problem.${problem.reason}`);
  }
}
