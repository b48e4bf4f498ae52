import type { RouteObject } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundPage } from './not-found-page';

/** Each page is its own chunk, so the first screen loads only the map. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/map/overview-page')).OverviewPage }),
          },
          {
            path: 'region',
            lazy: async () => ({ Component: (await import('../features/profile/region-page')).RegionPage }),
          },
          {
            path: 'region/:code',
            lazy: async () => ({ Component: (await import('../features/profile/region-page')).RegionPage }),
          },
          {
            path: 'compare',
            lazy: async () => ({ Component: (await import('../features/compare/compare-page')).ComparePage }),
          },
          {
            path: 'rankings',
            lazy: async () => ({
              Component: (await import('../features/rankings/rankings-page')).RankingsPage,
            }),
          },
          {
            path: 'sectors',
            lazy: async () => ({ Component: (await import('../features/sectors/sectors-page')).SectorsPage }),
          },
          {
            path: 'data',
            lazy: async () => ({ Component: (await import('../features/data/data-page')).DataPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
