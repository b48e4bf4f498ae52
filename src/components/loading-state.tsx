import { useTranslation } from 'react-i18next';

export function LoadingState({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {what ? t('state.loadingWhat', { what }) : t('state.loading')}
    </div>
  );
}
