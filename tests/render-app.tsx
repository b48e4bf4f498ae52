import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../src/app/app-providers';
import { routes } from '../src/app/routes';
import { createQueryClient } from '../src/data/query-client';
import type { Language } from '../src/domain/localized';
import { createI18n } from '../src/i18n/setup-i18n';

/** The whole app at a URL, with real store, router, providers and MSW — no retry delays. */
export function renderApp(url = '/', { language = 'id' as Language } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const client = createQueryClient({ retryDelay: () => 1 });
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client} i18n={createI18n(language)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, client, user, screen };
}
