import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/states/empty-state';
import { QueryBoundary, QueryStatus } from '../../components/states/query-boundary';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { useIndicators, useRegionIndex } from '../../data/queries';
import { missingReportEn, missingReportId } from '../../i18n/features/missing-report';
import { registerFeatureMessages } from '../../i18n/setup-i18n';
import { IndicatorCard } from './indicator-card';
import { MissingReportSection } from './missing/missing-report-section';
import { RegionsCard } from './regions-card';

registerFeatureMessages('missingReport', { id: missingReportId, en: missingReportEn });

export function DataPage() {
  const { t } = useTranslation();
  const { query: regionsQuery, index } = useRegionIndex();
  const indicatorsQuery = useIndicators();
  const regions = regionsQuery.data;
  return (
    <section className="page">
      <h1>{t('page.data.title')}</h1>
      <p>{t('page.data.intro')}</p>
      <p className="muted">{t('page.data.csvNote')}</p>
      {/* Indicator definitions stay readable even when the region list fails. */}
      <QueryStatus query={regionsQuery} what={t('resource.regions')} />
      {regions && <SkippedRowsNote resource="regions.json" issues={regions.issues} />}
      {regions?.rows.length === 0 && <EmptyState>{t('state.emptyRegions')}</EmptyState>}
      <QueryBoundary query={indicatorsQuery} what={t('resource.indicators')}>
        {(indicators) => (
          <>
            <SkippedRowsNote resource="indicators.json" issues={indicators.issues} />
            {indicators.rows.length === 0 && <EmptyState>{t('state.emptyIndicators')}</EmptyState>}
            <div className="card-grid">
              {indicators.rows.map((indicator) => (
                <IndicatorCard key={indicator.id} indicator={indicator} index={index} />
              ))}
              {index && <RegionsCard index={index} />}
            </div>
            {index && indicators.rows.length > 0 && (
              <MissingReportSection index={index} indicators={indicators.rows} />
            )}
          </>
        )}
      </QueryBoundary>
    </section>
  );
}
