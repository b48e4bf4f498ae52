import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../domain/validation-issue';

const SHOWN = 10;

export function IssueTable({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="issue-table">
        <thead>
          <tr>
            <th scope="col">{t('issues.row')}</th>
            <th scope="col">{t('issues.field')}</th>
            <th scope="col">{t('issues.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN).map((issue, i) => (
            <tr key={i}>
              <td>{issue.row === null ? '–' : issue.row + 1}</td>
              <td>
                <code>{issue.field}</code>
              </td>
              <td>{issue.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN && <p>{t('issues.more', { count: issues.length - SHOWN })}</p>}
    </>
  );
}
