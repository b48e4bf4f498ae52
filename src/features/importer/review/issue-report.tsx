import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../data/import/import-issue';
import { useLanguage } from '../../../i18n/use-language';
import { issueText } from '../model/issue-text';

const SHOWN = 50;

/** Every skipped row: its line in the file, the column, what the cell held and why it was skipped. */
export function IssueReport({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (issues.length === 0) return null;
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">{t('importer.report.title')}</h3>
      <div className="table-scroll">
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('importer.report.row')}
              </th>
              <th scope="col">{t('importer.report.column')}</th>
              <th scope="col">{t('importer.report.value')}</th>
              <th scope="col">{t('importer.report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, SHOWN).map((issue, i) => (
              <tr key={`${issue.row}-${issue.column}-${i}`}>
                <td className="num">{issue.row}</td>
                <td>
                  <code>{issue.column}</code>
                </td>
                <td>{issue.value}</td>
                <td>{issueText(issue, t, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > SHOWN && <p>{t('importer.report.more', { count: issues.length - SHOWN })}</p>}
    </section>
  );
}
