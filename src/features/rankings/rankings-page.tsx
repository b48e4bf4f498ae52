import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from '../../components/copy-link-button';
import { EmptyState } from '../../components/states/empty-state';
import { QueryStatus } from '../../components/states/query-boundary';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { pickText } from '../../domain/localized';
import { useLanguage } from '../../i18n/use-language';
import { RankingsCharts } from './charts/rankings-charts';
import { RankingsControls } from './rankings-controls';
import { RankingsTableSection } from './table/rankings-table-section';
import { useRankingsData } from './use-rankings-data';
import { useRejectedParamNotices } from './use-rejected-param-notices';
import './rankings.css';
import { rankingsEn, rankingsId } from '../../i18n/features/rankings';
import { registerFeatureMessages } from '../../i18n/setup-i18n';

registerFeatureMessages('rankings', { id: rankingsId, en: rankingsEn });

export function RankingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useRankingsData();
  const { selection, queries, index, indicator, year, rows, shown, view, updateView } = data;
  useRejectedParamNotices(data.rejected, data.params);

  const indicatorName = indicator ? pickText(indicator.name, language) : '';
  const levelName = t(`level.${selection.level}`);
  return (
    <section className="page page--rankings">
      <header className="page-header">
        <h1>{t('rankings.title')}</h1>
        <p className="muted">{t('rankings.intro')}</p>
        <CopyLinkButton
          label={t('rankings.copyLink')}
          copiedLabel={t('rankings.copied')}
          failedLabel={t('rankings.copyFailed')}
        />
      </header>
      <QueryStatus query={queries.regionsQuery} what={t('resource.regions')} />
      <QueryStatus query={queries.indicatorsQuery} what={t('resource.indicators')} />
      {indicator && <QueryStatus query={queries.observationsQuery} what={indicatorName} />}
      {queries.observationsQuery.data && indicator && (
        <SkippedRowsNote
          resource={`observations/${indicator.id}.json`}
          issues={queries.observationsQuery.data.issues}
        />
      )}
      {indicator && index && (
        <RankingsControls
          indicators={queries.indicatorsQuery.data?.rows ?? []}
          indicator={indicator}
          years={data.years}
          year={year}
          level={selection.level}
          provinces={index.atLevel('province')}
          view={view}
          onViewChange={updateView}
        />
      )}
      {indicator && year !== undefined && (
        <p className="rankings-year" role="status">
          {t(`rankings.yearShown.${data.yearBasis}`, { year, chosen: selection.year })}
        </p>
      )}
      {indicator && queries.observationsQuery.isSuccess && year === undefined && (
        <EmptyState>{t('rankings.noYear')}</EmptyState>
      )}
      {indicator && year !== undefined && rows && shown && (
        <>
          <RankingsCharts
            indicator={indicator}
            year={year}
            level={selection.level}
            rows={rows}
            shown={shown.length < rows.length ? shown : rows}
            filtered={shown.length < rows.length}
          />
          <RankingsTableSection
            indicator={indicator}
            year={year}
            level={selection.level}
            rows={rows}
            shown={shown}
            caption={t('rankings.caption', { indicator: indicatorName, year, level: levelName })}
            view={view}
            onViewChange={updateView}
          />
        </>
      )}
    </section>
  );
}
