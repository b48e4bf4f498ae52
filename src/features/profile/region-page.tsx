import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareToggle } from '../../components/compare-toggle';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryBoundary } from '../../components/query-boundary';
import { RegionSearch } from '../../components/region-search';
import { SkippedRowsNote } from '../../components/skipped-rows-note';
import { useIndicators, useObservationsOf, useRegionIndex } from '../../data/queries';
import type { RegionIndex } from '../../domain/region-index';
import type { Region, RegionCode } from '../../domain/region';
import { useSelectionStore } from '../../store/selection-store';
import { HeadlineTable } from './headline-table';
import { toHeadlineRows } from '../../domain/analysis/headline-rows';
import type { Indicator } from '../../domain/indicator';

export function RegionPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const { query: regionsQuery, index } = useRegionIndex();
  const navigate = useNavigate();
  const { search } = useLocation();

  useEffect(
    function selectRegionOfPage() {
      if (code) useSelectionStore.getState().selectRegion(code as RegionCode);
    },
    [code],
  );

  return (
    <section className="page">
      <QueryBoundary query={regionsQuery} what={t('resource.regions')}>
        {({ rows, issues }) => {
          if (!index) return null;
          const region = code ? index.byCode.get(code as RegionCode) : undefined;
          return (
            <>
              <SkippedRowsNote resource="regions.json" issues={issues} />
              <RegionSearch
                regions={rows}
                label={t('page.region.pick')}
                placeholder="Kayong Utara, 61.11…"
                onSelect={(r) => navigate({ pathname: `/region/${r.code}`, search })}
              />
              {!code && <RegionDirectory index={index} />}
              {code && !region && <p role="alert">{t('page.region.notFound', { code })}</p>}
              {region && <RegionProfile region={region} index={index} />}
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

function RegionProfile({ region, index }: { region: Region; index: RegionIndex }) {
  const { t } = useTranslation();
  const indicatorsQuery = useIndicators();
  const parent = region.parent ? index.byCode.get(region.parent) : undefined;
  const children = index.childrenOf(region.code);
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          {t(`kind.${region.kind}`)} · <code>{region.code}</code>
        </p>
        <h1>{region.name}</h1>
        {parent && (
          <p>
            {t('page.region.partOf')} <Link to={`/region/${parent.code}`}>{parent.name}</Link>
          </p>
        )}
        {region.level !== 'country' && <RegionActions region={region} />}
      </header>
      <QueryBoundary query={indicatorsQuery} what={t('resource.indicators')}>
        {({ rows }) => <RegionHeadlines region={region} index={index} indicators={rows} />}
      </QueryBoundary>
      {children.length > 0 && region.level === 'province' && (
        <section className="section" aria-labelledby="children-heading">
          <h2 id="children-heading">{t('page.region.children', { count: children.length })}</h2>
          <ul className="region-directory">
            {children.map((child) => (
              <li key={child.code}>
                <Link to={`/region/${child.code}`}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted">{t('page.region.comingSoon')}</p>
    </>
  );
}

function RegionHeadlines({
  region,
  index,
  indicators,
}: {
  region: Region;
  index: RegionIndex;
  indicators: Indicator[];
}) {
  const { t } = useTranslation();
  const { results, byId } = useObservationsOf(indicators);
  const loaded = results.every((r) => !r.isPending);
  const rows = toHeadlineRows(region, indicators, byId, index.levelOf);
  const failed = results.flatMap((r, i) => (r.isError ? [indicators[i]!] : []));
  return (
    <>
      {!loaded && <p role="status">{t('state.loading')}</p>}
      {failed.length > 0 && (
        <p className="panel panel--warning" role="alert">
          {t('error.title', { what: failed.map((i) => i.id).join(', ') })}
        </p>
      )}
      <HeadlineTable rows={rows} />
      {results.map((r, i) =>
        r.data && r.data.issues.length > 0 ? (
          <SkippedRowsNote
            key={indicators[i]!.id}
            resource={`observations/${indicators[i]!.id}.json`}
            issues={r.data.issues}
          />
        ) : null,
      )}
    </>
  );
}

function RegionActions({ region }: { region: Region }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const mapParams = new URLSearchParams(search);
  mapParams.set('region', region.code);
  mapParams.set('level', region.level);
  return (
    <div className="actions">
      <Link className="button" to={{ pathname: '/', search: `?${mapParams.toString()}` }}>
        {t('page.region.showOnMap')}
      </Link>
      <CompareToggle code={region.code} />
    </div>
  );
}

/** With no region chosen: every province, each opening to its profile and its regencies/cities. */
function RegionDirectory({ index }: { index: RegionIndex }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('page.region.title')}</h1>
      <p className="muted">{t('page.region.directory')}</p>
      <ul className="region-directory">
        {index.atLevel('province').map((province) => (
          <li key={province.code}>
            <Link to={`/region/${province.code}`}>{province.name}</Link>{' '}
            <span className="muted">
              ({t('page.region.children', { count: index.childrenOf(province.code).length })})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
