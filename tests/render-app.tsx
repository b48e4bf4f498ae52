import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProviders } from '../src/app/app-providers';
import { AppRoutes } from '../src/app/routes';
import { createQueryClient } from '../src/data/query-client';
import type { Language } from '../src/domain/localized';
import { createI18n } from '../src/i18n/setup-i18n';

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  onChange(useLocation());
  return null;
}

/** The whole app at a URL, with real store, router, providers and MSW — no retry delays. */
export function renderApp(url = '/', { language = 'id' as Language, retryDelayMs = 1 } = {}) {
  const client = createQueryClient({ retryDelay: () => retryDelayMs });
  const user = userEvent.setup();
  const router = { location: null as Location | null };
  const view = render(
    <AppProviders client={client} i18n={createI18n(language)}>
      <MemoryRouter initialEntries={[url]}>
        <LocationProbe onChange={(location) => (router.location = location)} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, router, client, user, screen };
}
