import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../components/states/describe-error';
import { QueryStatus } from '../../components/states/query-boundary';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { useIndicators, useObservationsOf, useTargets } from '../../data/queries';
import type { Indicator } from '../../domain/indicator';
import type { Region } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { IpmSection } from './ipm/ipm-section';
import { toIpmView } from './ipm/ipm-view-model';
import { AttentionSection } from './sections/attention-section';
import { ChildrenRanking } from './sections/children-ranking';
import { ProfileHeader } from './profile-header';
import { toProfileModel } from './profile-model';
import { Scorecard } from './scorecard/scorecard';
import { ServicesSection } from './sections/services-section';
import { SharePanel } from './share/share-panel';
import { SourcesList } from './sections/sources-list';
import './profile.css';

// Recharts is the heaviest part of the page: the figures above the charts do not wait for it.
const TrendsSection = lazy(() =>
  import('./trends/trends-section').then((m) => ({ default: m.TrendsSection })),
);

export function ProfileView({ region, index }: { region: Region; index: RegionIndex }) {
  const { t } = useTranslation();
  const indicatorsQuery = useIndicators();
  if (indicatorsQuery.isSuccess) {
    return <ProfileBody region={region} index={index} indicators={indicatorsQuery.data.rows} />;
  }
  // Without the catalogue the region is still named, with the reason its figures are missing.
  const empty = toProfileModel({
    region,
    indicators: [],
    observationsById: new Map(),
    targetsById: new Map(),
    index,
  });
  return (
    <article className="profile">
      <ProfileHeader model={empty} />
      <QueryStatus query={indicatorsQuery} what={t('resource.indicators')} />
    </article>
  );
}

function ProfileBody({
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
  const ids = useMemo(() => indicators.map((i) => i.id), [indicators]);
  const targets = useTargets(ids);
  const loaded = results.every((r) => !r.isPending) && targets.results.every((r) => !r.isPending);
  const failed = results.flatMap((r, i) =>
    r.isError ? [{ indicator: indicators[i]!, error: r.error }] : [],
  );
  const model = toProfileModel({
    region,
    indicators,
    observationsById: byId,
    targetsById: targets.byId,
    index,
  });
  const children = region.level === 'regency' ? [] : index.childrenOf(region.code);
  const ipmView = loaded ? toIpmView({ region, indicators, observationsById: byId, index }) : undefined;

  return (
    <article className="profile">
      <ProfileHeader model={model} />
      {!loaded && <p role="status">{t('state.loading')}</p>}
      {failed.length > 0 && (
        <div className="panel panel--warning" role="alert">
          <p>{t('error.title', { what: failed.map((f) => f.indicator.id).join(', ') })}</p>
          <p>{describeError(failed[0]!.error, t).message}</p>
        </div>
      )}
      {loaded && model.sparse && (
        <p className="panel panel--info profile__sparse">
          {t('profile.sparse', { name: region.name, withData: model.withData, total: model.rows.length })}
        </p>
      )}
      {loaded && <AttentionSection model={model} />}
      {ipmView && <IpmSection view={ipmView} />}
      {loaded && !ipmView && region.level === 'regency' && (
        <p className="panel panel--info">{t('profileIpm.ipm.none', { name: region.name })}</p>
      )}
      {/* Until every file has answered, a missing line would name assessments that are only loading. */}
      {loaded && <ServicesSection model={model} />}
      <Scorecard model={model} />
      {loaded && (
        <Suspense fallback={<p role="status">{t('state.loading')}</p>}>
          <TrendsSection model={model} observationsById={byId} targetsById={targets.byId} />
        </Suspense>
      )}
      {region.level === 'province' && children.length > 0 && (
        <section className="section no-print" aria-labelledby="children-heading">
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
      {children.length > 0 && (
        <ChildrenRanking region={region} regions={children} indicators={indicators} observationsById={byId} />
      )}
      {loaded && <SharePanel model={model} />}
      <SourcesList model={model} />
      {results.map((r, i) =>
        r.data && r.data.issues.length > 0 ? (
          <SkippedRowsNote
            key={indicators[i]!.id}
            resource={`observations/${indicators[i]!.id}.json`}
            issues={r.data.issues}
          />
        ) : null,
      )}
      {targets.results.map((r, i) =>
        r.data && r.data.issues.length > 0 ? (
          <SkippedRowsNote key={ids[i]} resource={`targets/${ids[i]}.json`} issues={r.data.issues} />
        ) : null,
      )}
    </article>
  );
}
