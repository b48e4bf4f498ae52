import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartTable } from '../../components/charts/chart-table';
import { CopyLinkButton } from '../../components/copy-link-button';
import { QueryStatus } from '../../components/states/query-boundary';
import { RegionSearch } from '../../components/region-search';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { SourceLink } from '../../components/provenance/source-link';
import type { Source } from '../../domain/provenance';
import { partsInUse, PRIORITY_PARTS } from '../../domain/sectors/priority';
import { useLanguage } from '../../i18n/use-language';
import { useNoticeStore } from '../../store/notice-store';
import { NoSectorData } from './panels/no-sector-data';
import { PriorityList } from './panels/priority-list';
import { QuadrantChart } from './charts/quadrant-chart';
import { periodText, referenceText, tableLabels } from './sector-labels';
import { SectorNotes } from './panels/sector-notes';
import { Glossary } from './panels/glossary';
import { NeedSummary } from './panels/need-summary';
import { SectorSettings } from './panels/sector-settings';
import { toSlqByYearTable } from './view-model/slq-by-year-table';
import { ShiftShareChart } from './charts/shift-share-chart';
import { ThemesPanel } from './panels/themes-panel';
import { TopSectorMap } from './map/top-sector-map';
import { useSectorsView } from './use-sectors-view';
import './sectors.css';
import { sectorsEn, sectorsId } from '../../i18n/features/sectors';
import { registerFeatureMessages } from '../../i18n/setup-i18n';

registerFeatureMessages('sectors', { id: sectorsId, en: sectorsEn });

export function SectorsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useSectorsView();
  const { region, regionCode, index, queries, analysis, outcome, ranked, need, view } = data;
  useRejectedParamNotices(data.rejected, data.params);

  const searchable = index ? [...index.atLevel('province'), ...index.atLevel('regency')] : [];
  const sources = analysis
    ? distinctSources([...analysis.regionTable.sources, ...analysis.referenceTable.sources])
    : [];
  const referenceName = analysis ? referenceText(t, analysis, index) : '';
  const unavailable = ranked
    ? PRIORITY_PARTS.filter((p) => !partsInUse(ranked, { ...view.weights, [p]: 1 }).includes(p))
    : [];

  return (
    <section className={region ? 'page page--sectors page--sectors-region' : 'page page--sectors'}>
      <header className="page-header">
        <h1>{t('sectors.title')}</h1>
        <p className="muted sectors-intro">{t('sectors.intro')}</p>
      </header>
      <QueryStatus query={queries.regionsQuery} what={t('resource.regions')} />
      <QueryStatus query={queries.sectorsQuery} what={t('sectors.resource')} />
      {queries.sectorsQuery.data && (
        <SkippedRowsNote resource="sectors/pdrb.json" issues={queries.sectorsQuery.data.issues} />
      )}
      {index && (
        <div className="field sectors-region-search">
          <RegionSearch
            regions={searchable}
            onSelect={(r) => data.chooseRegion(r.code)}
            label={t('sectors.pickRegion')}
            placeholder={t('sectors.searchPlaceholder')}
          />
        </div>
      )}
      {!regionCode && <p>{t('sectors.chooseRegion')}</p>}
      {regionCode && index && !region && (
        <p role="status">{t('sectors.unknownRegion', { code: regionCode })}</p>
      )}
      {region?.level === 'country' && <p>{t('sectors.country')}</p>}
      {region && outcome?.status === 'no-data' && outcome.reason !== 'country' && (
        <NoSectorData name={region.name} reason={outcome.reason} />
      )}
      {region && analysis && ranked && (
        <>
          <section className="section sectors-summary" aria-labelledby="sectors-region-title">
            <h2 id="sectors-region-title">{region.name}</h2>
            <p className="sectors-reference">
              <strong>{t('sectors.reference.label')}:</strong> {referenceName} ·{' '}
              <span className="sectors-period">{periodText(t, analysis)}</span> ·{' '}
              {analysis.basis.toUpperCase()}
            </p>
          </section>
          <PriorityList
            analysis={analysis}
            ranked={ranked}
            context={{ referenceName: data.referencePlace, need, missingNeeds: data.missingNeeds }}
          />
          <section className="section sectors-setup" aria-label={t('sectors.settings.legend')}>
            {analysis.mode === 'quarterly' && (
              <p className="panel panel--info sectors-snapshot" role="note">
                {t('sectors.snapshot', {
                  quarter: analysis.quarter,
                  roman: ['I', 'II', 'III', 'IV'][(analysis.quarter ?? 1) - 1],
                  year: analysis.year,
                  reference: referenceName,
                })}
              </p>
            )}
            <SectorNotes notes={analysis.notes} />
            <SectorSettings
              analysis={analysis}
              view={view}
              onChange={data.setView}
              unavailable={unavailable}
            />
            <NeedSummary need={need} missing={data.missingNeeds} />
            <CopyLinkButton
              label={t('sectors.copyLink')}
              copiedLabel={t('sectors.copied')}
              failedLabel={t('sectors.copyFailed')}
            />
          </section>
          <ThemesPanel ranked={ranked} />
          <QuadrantChart analysis={analysis} sources={sources} referenceName={referenceName} />
          <ShiftShareChart analysis={analysis} sources={sources} />
          <section className="section" aria-labelledby="sectors-slq-title">
            <h2 id="sectors-slq-title">{t('sectors.slqByYear.title')}</h2>
            <ChartTable
              caption={`${t('sectors.slqByYear.title')} · ${referenceName}`}
              table={toSlqByYearTable(analysis, language, tableLabels(t, language))}
            />
          </section>
          <Glossary />
          <section className="section sectors-sources" aria-labelledby="sectors-sources-title">
            <h2 id="sectors-sources-title">{t('sectors.sourcesTitle')}</h2>
            <ul>
              {sources.map((s) => (
                <li key={`${s.name}|${s.url ?? ''}`}>
                  <SourceLink source={s} />
                </li>
              ))}
            </ul>
            {sources.some((s) => s.grade === 'secondary') && (
              <p className="muted">{t('sectors.secondary')}</p>
            )}
          </section>
        </>
      )}
      {index && data.tables && (
        <TopSectorMap
          tables={data.tables}
          index={index}
          settings={data.settings}
          weights={view.weights}
          needs={data.needs}
          selected={region ?? null}
        />
      )}
    </section>
  );
}

function distinctSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((s) => [`${s.name}|${s.url ?? ''}`, s])).values()];
}

function useRejectedParamNotices(rejected: readonly string[], params: URLSearchParams) {
  const key = JSON.stringify(rejected.map((p) => [p, params.get(p) ?? '']));
  useEffect(
    function reportRejectedParams() {
      for (const [param, value] of JSON.parse(key) as [string, string][]) {
        useNoticeStore.getState().addNotice({
          id: `param-${param}`,
          messageKey: 'notice.badParam',
          params: { param, value },
          tone: 'warning',
        });
      }
    },
    [key],
  );
}
