import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** A page that throws while rendering shows this instead of a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <section className="panel panel--error" role="alert">
      <h1>{t('error.pageCrashed')}</h1>
      <p>{t('error.pageCrashedBody')}</p>
      {error instanceof Error && <p className="muted">{error.message}</p>}
      <Link to="/">{t('error.backHome')}</Link>
    </section>
  );
}
