import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/app-providers';
import { prefetchFirstScreen } from './app/first-screen-prefetch';
import { AppRoutes } from './app/routes';
import { createQueryClient } from './data/query-client';
import { createI18n, startLanguage } from './i18n/setup-i18n';
import { useNoticeStore } from './store/notice-store';
import './styles/global.css';
import './styles/first-screen.css';
import './styles/phone.css';

async function startMockApiIfAsked(): Promise<void> {
  // Dev only: `VITE_MOCK_API=true npm run dev` serves Data API v1 from the MSW fixtures.
  // Production builds drop this branch, and with it every byte of MSW.
  if (import.meta.env.DEV && import.meta.env.VITE_MOCK_API === 'true') {
    const { startBrowserMocks } = await import('./mocks/browser');
    await startBrowserMocks();
  }
}

/**
 * After the first screen has painted and the browser is idle, in production builds only (dev serves MSW's
 * worker). By mode rather than PROD: the browser tests build under NODE_ENV=test, which turns PROD off.
 */
function registerServiceWorkerWhenIdle(): void {
  if (import.meta.env.MODE !== 'production' || !('serviceWorker' in navigator)) return;
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
  whenIdle(function registerOfflineSupport() {
    void import('./app/offline/register-service-worker').then((module) => module.registerServiceWorker());
  });
}

async function start(): Promise<void> {
  await startMockApiIfAsked();
  const client = createQueryClient();
  void prefetchFirstScreen(client, window.location);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const { language, notice } = startLanguage();
  if (notice) useNoticeStore.getState().addNotice(notice);
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client} i18n={createI18n(language)}>
        <BrowserRouter basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
  registerServiceWorkerWhenIdle();
}

void start();
