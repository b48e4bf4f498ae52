import { useTranslation } from 'react-i18next';

/** A spinner and what is loading; after a failed attempt, says that it is retrying. */
export function LoadingState({ what, retry }: { what?: string; retry?: { attempt: number; max: number } }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {what ? t('state.loadingWhat', { what }) : t('state.loading')}
        {retry && retry.attempt > 0 && (
          <>
            <br />
            <span className="muted">{t('state.retrying', retry)}</span>
          </>
        )}
      </span>
    </div>
  );
}
