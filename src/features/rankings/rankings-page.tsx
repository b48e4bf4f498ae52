import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ROLE_COLORS } from '../../components/charts/chart-palette';
import { CopyLinkButton } from '../../components/copy-link-button';
import { DistributionStrip } from '../../components/charts/distribution-strip';
import { EmptyState } from '../../components/states/empty-state';
import { QueryStatus } from '../../components/states/query-boundary';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { SourceNote } from '../../components/provenance/source-note';
import type { RankingRow } from '../../domain/analysis/ranking/rankings-table';
import { isRanked, type Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { useNoticeStore } from '../../store/notice-store';
import { useSelectionStore, type MapLevel } from '../../store/selection-store';
import { RankingsControls } from './rankings-controls';
import { exportName, toRankingsCsv, toStripData, toTopBottomBars, type CsvLabels } from './rankings-model';
import type { RankingsView, ViewUpdater } from './rankings-params';
import { RankingsTableView } from './rankings-table-view';
import { useRankingsData } from './use-rankings-data';
import { BAR_HEIGHT, TopBottomChart } from './top-bottom-chart';
import './rankings.css';

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

interface SectionProps {
  indicator: Indicator;
  year: number;
  level: MapLevel;
  rows: readonly RankingRow[];
  shown: readonly RankingRow[];
}

function RankingsTableSection({
  indicator,
  year,
  level,
  rows,
  shown,
  caption,
  view,
  onViewChange,
}: SectionProps & { caption: string; view: RankingsView; onViewChange: ViewUpdater }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const region = useSelectionStore((s) => s.region);
  const compare = useComparedCodes();
  const toggleCompare = useSelectionStore((s) => s.toggleCompare);
  const hasCategories = rows.some((r) => r.group === 'category');

  function downloadCsv() {
    const header = (key: keyof CsvLabels) => t(`rankings.csvHeader.${key}`);
    const csv = toRankingsCsv(shown, indicator, language, {
      rank: header('rank'),
      code: header('code'),
      region: header('region'),
      value: header('value'),
      unit: header('unit'),
      change: header('change'),
      fromYear: header('fromYear'),
      band: header('band'),
      province: header('province'),
      kind: header('kind'),
      source: header('source'),
      kindName: (kind) => t(`kind.${kind}`),
    });
    downloadText(
      `${exportName(indicator.id, year, level, view.filter.province)}.csv`,
      toCsv(csv.header, csv.rows, language),
      'text/csv;charset=utf-8',
    );
  }

  return (
    <section className="section">
      <div className="rankings-table__bar">
        <p role="status">{t('rankings.shown', { shown: shown.length, total: rows.length })}</p>
        <button type="button" className="button" onClick={downloadCsv}>
          {t('rankings.csv')}
        </button>
      </div>
      {!isRanked(indicator) && <p className="muted">{t('rankings.neutralNote')}</p>}
      {hasCategories && <p className="muted">{t('rankings.categoryNote')}</p>}
      {shown.length === 0 ? (
        <EmptyState>{t('rankings.noMatch')}</EmptyState>
      ) : (
        <RankingsTableView
          rows={shown}
          indicator={indicator}
          caption={caption}
          sort={view.sort}
          onSort={(column) =>
            onViewChange((v) => ({
              ...v,
              sort: {
                column,
                direction: v.sort.column === column && v.sort.direction === 'asc' ? 'desc' : 'asc',
              },
            }))
          }
          selected={region}
          compared={compare}
          onToggleCompare={toggleCompare}
          showProvince={level === 'regency'}
          showBand={rows.some((r) => r.band !== undefined || r.category !== undefined)}
        />
      )}
      <SourceNote source={indicator.source} year={year} />
    </section>
  );
}

// Memoised: a sort changes the table's order, not what the charts show.
const RankingsCharts = memo(function RankingsCharts({
  indicator,
  year,
  level,
  rows,
  shown,
  filtered,
}: SectionProps & { filtered: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const region = useSelectionStore((s) => s.region);
  const compare = useComparedCodes();
  const name = pickText(indicator.name, language);
  const unit = pickText(indicator.unit, language);
  const ranked = isRanked(indicator);
  // With a filter on, the bars are the filtered regions' best and worst (national ranks kept).
  const bars = useMemo(() => toTopBottomBars(filtered ? shown : rows), [filtered, shown, rows]);
  const strip = useMemo(
    () => toStripData(rows, region, compare, filtered ? shown : null),
    [rows, region, compare, filtered, shown],
  );
  const base = exportName(indicator.id, year, level);
  const columns = [
    { key: 'rank', label: t('rankings.column.rank') },
    { key: 'region', label: t('rankings.column.name') },
    { key: 'value', label: `${t('rankings.column.value')} (${unit})`, decimals: indicator.decimals },
  ];
  const legend = (['self', 'compare', 'filtered'] as const)
    .filter((role) => strip.highlight.some((h) => h.role === role))
    .map((role) => ({ label: t(`rankings.role.${role}`), color: ROLE_COLORS[role] }));

  return (
    <div className="rankings-charts">
      <ChartFrame
        title={t(ranked ? 'rankings.topBottom' : 'rankings.topBottomNeutral', { indicator: name })}
        unit={unit}
        source={indicator.source}
        years={String(year)}
        filename={`${base}-top-bottom`}
        table={{
          columns,
          rows: bars.map((b) => ({ rank: ranked ? b.rank : null, region: b.name, value: b.value })),
        }}
        height={bars.length * BAR_HEIGHT + 40}
        note={filtered ? t('rankings.filteredBars', { count: shown.length }) : undefined}
      >
        <TopBottomChart bars={bars} ranked={ranked} decimals={indicator.decimals} language={language} />
      </ChartFrame>
      <ChartFrame
        title={t('rankings.strip', { indicator: name })}
        unit={unit}
        source={indicator.source}
        years={String(year)}
        filename={`${base}-sebaran`}
        note={t('rankings.stripNote')}
        legend={legend}
        table={{
          columns,
          rows: rows
            .filter((r) => r.value !== null)
            .map((r) => ({ rank: r.rank?.rank ?? null, region: r.region.name, value: r.value })),
        }}
        height={68}
      >
        <DistributionStrip
          points={strip.points}
          highlight={strip.highlight}
          polarity={indicator.polarity}
          decimals={indicator.decimals}
          label={`${name} ${year}`}
          width={480}
          height={60}
        />
      </ChartFrame>
    </div>
  );
});

/**
 * The compared codes, stable while their list is: the URL sync replaces the selection (a new array) on
 * every address change, and a new array would redraw both charts on each sort.
 */
function useComparedCodes(): RegionCode[] {
  const key = useSelectionStore((s) => s.compare.join(','));
  return useMemo(() => (key ? (key.split(',') as RegionCode[]) : []), [key]);
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
