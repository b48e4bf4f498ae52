import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

function RouteErrorPanel({ error }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--error" role="alert">
      <h1>{t('error.pageCrashed')}</h1>
      <p>{t('error.pageCrashedBody')}</p>
      {error instanceof Error && <p className="muted">{error.message}</p>}
      <Link to="/">{t('error.backHome')}</Link>
    </section>
  );
}

/** A page that throws while rendering shows this instead of a blank screen; moving on clears it. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteErrorPanel} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}
