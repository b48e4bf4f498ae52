import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';
import { IssueTable } from '../provenance/issue-table';

interface ErrorPanelProps {
  what: string;
  error: unknown;
  onRetry?: () => void;
}

export function ErrorPanel({ what, error, onRetry }: ErrorPanelProps) {
  const { t } = useTranslation();
  const explanation = describeError(error, t);
  return (
    <section className="panel panel--error" role="alert">
      <h2>{t('error.title', { what })}</h2>
      <p>{explanation.message}</p>
      {explanation.url && <p className="muted">{t('error.where', { url: explanation.url })}</p>}
      {explanation.issues && explanation.issues.length > 0 && <IssueTable issues={explanation.issues} />}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </section>
  );
}
