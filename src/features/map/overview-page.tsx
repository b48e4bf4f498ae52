import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../components/query-boundary';
import { SkippedRowsNote } from '../../components/skipped-rows-note';
import { useIndicators, useRegions } from '../../data/queries';

export function OverviewPage() {
  const { t } = useTranslation();
  const regionsQuery = useRegions();
  const indicatorsQuery = useIndicators();
  return (
    <section className="page page--overview">
      <h1>{t('page.overview.title')}</h1>
      <p>{t('page.overview.intro')}</p>
      <QueryBoundary query={regionsQuery} what={t('resource.regions')}>
        {(regions) => (
          <QueryBoundary query={indicatorsQuery} what={t('resource.indicators')}>
            {(indicators) => (
              <>
                <SkippedRowsNote resource="regions.json" issues={regions.issues} />
                <SkippedRowsNote resource="indicators.json" issues={indicators.issues} />
                <p>
                  {regions.rows.length} · {indicators.rows.length}
                </p>
              </>
            )}
          </QueryBoundary>
        )}
      </QueryBoundary>
    </section>
  );
}
