import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyLinkButton } from '../../components/copy-link-button';
import { EmptyState } from '../../components/states/empty-state';
import { QueryBoundary, QueryStatus } from '../../components/states/query-boundary';
import { RegionSearch } from '../../components/region-search';
import { useIndicators, useObservationsOf, useRegionIndex } from '../../data/queries';
import type { Indicator } from '../../domain/indicator';
import type { Region } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { fileSlug } from '../../lib/chart-export';
import { MAX_COMPARE, useSelectionStore } from '../../store/selection-store';
import { addToCompare } from './add-to-compare';
import { toScatter } from './charts/compare-scatter-model';
import { contextRegions, toCompareRows } from './compare-rows';
import { CompareScatter } from './charts/compare-scatter';
import { CompareTable } from './compare-table';
import { CompareTrends } from './charts/compare-trends';
import { PeerGroupsPanel } from './peers/peer-groups-panel';
import { SimilarRegionsPanel } from './peers/similar-regions-panel';
import { useCompareView } from './use-compare-view';
import './compare.css';
import { compareEn, compareId } from '../../i18n/features/compare';
import { registerFeatureMessages } from '../../i18n/setup-i18n';

registerFeatureMessages('compare', { id: compareId, en: compareEn });

export function ComparePage() {
  const { t } = useTranslation();
  const compare = useSelectionStore((s) => s.compare);
  const { query: regionsQuery, index } = useRegionIndex();
  const regions = useMemo(
    () => (index ? compare.flatMap((code) => index.byCode.get(code) ?? []) : []),
    [compare, index],
  );
  return (
    <section className="page page--compare">
      <header className="page-header">
        <h1>{t('page.compare.title')}</h1>
        <p className="muted">{t('compare.intro')}</p>
        <CopyLinkButton
          label={t('compare.copyLink')}
          copiedLabel={t('compare.copied')}
          failedLabel={t('compare.copyFailed')}
        />
      </header>
      <QueryStatus query={regionsQuery} what={t('resource.regions')} />
      {index && <CompareChips regions={regions} index={index} />}
      {compare.length === 0 && <EmptyState>{t('page.compare.empty')}</EmptyState>}
      {index && regions.length > 0 && <CompareIndicators regions={regions} index={index} />}
    </section>
  );
}

function CompareChips({ regions, index }: { regions: readonly Region[]; index: RegionIndex }) {
  const { t } = useTranslation();
  const toggleCompare = useSelectionStore((s) => s.toggleCompare);
  const clearCompare = useSelectionStore((s) => s.clearCompare);
  const searchable = useMemo(() => index.atLevel('province').concat(index.atLevel('regency')), [index]);
  return (
    <div className="compare-chips">
      {regions.length > 0 && (
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
      )}
      {regions.length < MAX_COMPARE ? (
        <RegionSearch
          regions={searchable}
          label={t('compare.add')}
          placeholder={t('compare.addPlaceholder')}
          onSelect={(region) => addToCompare([region.code])}
        />
      ) : (
        <p className="muted">{t('compare.full')}</p>
      )}
    </div>
  );
}

function CompareIndicators({ regions, index }: { regions: readonly Region[]; index: RegionIndex }) {
  const { t } = useTranslation();
  const indicatorsQuery = useIndicators();
  return (
    <QueryBoundary query={indicatorsQuery} what={t('resource.indicators')}>
      {({ rows }) => <CompareViews regions={regions} index={index} indicators={rows} />}
    </QueryBoundary>
  );
}

function CompareViews({
  regions,
  index,
  indicators,
}: {
  regions: readonly Region[];
  index: RegionIndex;
  indicators: Indicator[];
}) {
  const { t } = useTranslation();
  const { byId, results } = useObservationsOf(indicators);
  const { view, setView } = useCompareView();
  const loaded = results.map((r) => r.dataUpdatedAt).join(',');
  // byId is a new Map on every render; the rows only change when a query brings new data.
  const rows = useMemo(
    () => toCompareRows(regions, indicators, byId, index),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [regions, indicators, index, loaded],
  );
  const context = useMemo(() => contextRegions(regions, index), [regions, index]);
  const level = regions[0]!.level === 'country' ? 'province' : regions[0]!.level;
  const x = indicators.find((i) => i.id === view.x) ?? indicators[0]!;
  const y = indicators.find((i) => i.id === view.y) ?? indicators[1] ?? indicators[0]!;
  const scatter = useMemo(
    () =>
      toScatter(
        byId.get(x.id) ?? [],
        byId.get(y.id) ?? [],
        level,
        index,
        regions.map((r) => r.code),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [x.id, y.id, level, index, regions, loaded],
  );
  const anchor = regions.find((r) => r.code === view.peer) ?? regions[0]!;
  const numeric = indicators.filter((i) => (byId.get(i.id) ?? []).some((o) => o.value !== null));

  return (
    <>
      {results.map((result, i) => (
        <QueryStatus key={indicators[i]!.id} query={result} what={indicators[i]!.id} />
      ))}
      <CompareTable
        regions={regions}
        context={context}
        rows={rows}
        filename={fileSlug('bandingkan', ...regions.map((r) => r.code))}
      />
      <CompareTrends regions={regions} indicators={indicators} observationsById={byId} />
      <CompareScatter
        indicators={numeric.length > 1 ? numeric : indicators}
        x={x}
        y={y}
        model={scatter}
        compared={regions}
        levelName={t(`level.${level}`)}
        onAxesChange={setView}
      />
      <section className="section">
        <h2>{t('compare.peers')}</h2>
        <p className="muted">{t('compare.peersIntro')}</p>
        {regions.length > 1 && (
          <div className="field peer-anchor">
            <label htmlFor="compare-anchor">{t('compare.anchor')}</label>
            <select
              id="compare-anchor"
              value={anchor.code}
              onChange={(e) => setView({ peer: e.target.value as Region['code'] })}
            >
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {anchor.level !== 'country' && <PeerGroupsPanel anchor={anchor} index={index} />}
        <h3>{t('compare.similar')}</h3>
        <p className="muted">{t('compare.similarIntro')}</p>
        {anchor.level !== 'country' && (
          <SimilarRegionsPanel
            anchor={anchor}
            index={index}
            indicators={numeric}
            observationsById={byId}
            chosen={view.similar}
            onChosenChange={(similar) => setView({ similar })}
            compared={regions.map((r) => r.code)}
          />
        )}
      </section>
    </>
  );
}
