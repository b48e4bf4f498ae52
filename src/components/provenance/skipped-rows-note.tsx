import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../domain/validation-issue';
import { IssueTable } from './issue-table';

/** Says that some rows were dropped, and why, while the valid rows are shown. */
export function SkippedRowsNote({
  resource,
  issues,
}: {
  resource: string;
  issues: readonly ValidationIssue[];
}) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const rows = new Set(issues.map((issue) => issue.row)).size;
  return (
    <details className="panel panel--warning" role="status">
      <summary>{t('issues.summary', { count: rows, resource })}</summary>
      <IssueTable issues={issues} />
    </details>
  );
}
