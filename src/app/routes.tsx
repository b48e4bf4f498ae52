import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './shell/layout';
import { NotFoundPage } from './shell/not-found-page';

// Each page is its own chunk, so the first screen loads only the map.
const OverviewPage = lazy(() =>
  import('../features/map/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const RegionPage = lazy(() =>
  import('../features/profile/region-page').then((m) => ({ default: m.RegionPage })),
);
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
);
const RankingsPage = lazy(() =>
  import('../features/rankings/rankings-page').then((m) => ({ default: m.RankingsPage })),
);
const SectorsPage = lazy(() =>
  import('../features/sectors/sectors-page').then((m) => ({ default: m.SectorsPage })),
);
const DataPage = lazy(() => import('../features/data/data-page').then((m) => ({ default: m.DataPage })));
const ImportPage = lazy(() =>
  import('../features/importer/import-page').then((m) => ({ default: m.ImportPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="region" element={<RegionPage />} />
        <Route path="region/:code" element={<RegionPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="rankings" element={<RankingsPage />} />
        <Route path="sectors" element={<SectorsPage />} />
        <Route path="data" element={<DataPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
