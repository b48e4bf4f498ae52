import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { DataAgeNote, OfflineNotice } from '../../components/states/data-age-note';
import { LoadingState } from '../../components/states/loading-state';
import { NoticeBar } from '../../components/states/notice-bar';
import { ConfigGate } from '../config-gate';
import { RouteErrorBoundary } from './route-error';
import { SiteHeader } from './site-header';
import { useCatalogueChecks } from '../url/use-catalogue-checks';
import { useUrlSync } from '../url/use-url-sync';

function CatalogueChecks() {
  useCatalogueChecks();
  return null;
}

export function Layout() {
  const { t } = useTranslation();
  useUrlSync();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <OfflineNotice />
        <ConfigGate>
          <CatalogueChecks />
          <NoticeBar />
          <RouteErrorBoundary>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </ConfigGate>
      </main>
      <footer className="app-footer">
        <DataAgeNote />
        <p>{t('footer.data')}</p>
        <p>
          {t('footer.codes')} {t('footer.boundaries')}
        </p>
      </footer>
    </div>
  );
}
