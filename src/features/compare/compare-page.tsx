import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { QueryBoundary, QueryStatus } from '../../components/query-boundary';
import { useIndicators, useObservationsOf, useRegionIndex } from '../../data/queries';
import type { Indicator } from '../../domain/indicator';
import type { Region } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { useSelectionStore } from '../../store/selection-store';
import { CompareTable } from './compare-table';

export function ComparePage() {
  const { t } = useTranslation();
  const compare = useSelectionStore((s) => s.compare);
  const { query: regionsQuery, index } = useRegionIndex();
  const regions = index ? compare.flatMap((code) => index.byCode.get(code) ?? []) : [];
  return (
    <section className="page">
      <h1>{t('page.compare.title')}</h1>
      <QueryStatus query={regionsQuery} what={t('resource.regions')} />
      {compare.length === 0 && <EmptyState>{t('page.compare.empty')}</EmptyState>}
      {index && regions.length > 0 && (
        <>
          <CompareChips regions={regions} />
          <CompareIndicators regions={regions} index={index} />
        </>
      )}
    </section>
  );
}

function CompareChips({ regions }: { regions: readonly Region[] }) {
  const { t } = useTranslation();
  const toggleCompare = useSelectionStore((s) => s.toggleCompare);
  const clearCompare = useSelectionStore((s) => s.clearCompare);
  return (
    <>
      <h2>{t('page.compare.list')}</h2>
      <ul className="chip-list">
        {regions.map((region) => (
          <li key={region.code} className="chip">
            <Link to={`/region/${region.code}`}>{region.name}</Link>
            <button
              type="button"
              className="button button--ghost"
              aria-label={t('page.compare.remove', { name: region.name })}
              onClick={() => toggleCompare(region.code)}
            >
              ×
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button button--ghost" onClick={clearCompare}>
            {t('page.compare.clear')}
          </button>
        </li>
      </ul>
    </>
  );
}

function CompareIndicators({ regions, index }: { regions: readonly Region[]; index: RegionIndex }) {
  const { t } = useTranslation();
  const indicatorsQuery = useIndicators();
  return (
    <QueryBoundary query={indicatorsQuery} what={t('resource.indicators')}>
      {({ rows }) => <CompareValues regions={regions} index={index} indicators={rows} />}
    </QueryBoundary>
  );
}

function CompareValues({
  regions,
  index,
  indicators,
}: {
  regions: readonly Region[];
  index: RegionIndex;
  indicators: Indicator[];
}) {
  const { byId } = useObservationsOf(indicators);
  return <CompareTable regions={regions} indicators={indicators} observationsById={byId} index={index} />;
}
