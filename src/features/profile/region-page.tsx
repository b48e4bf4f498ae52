import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryBoundary } from '../../components/states/query-boundary';
import { RegionSearch } from '../../components/region-search';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { useRegionIndex } from '../../data/queries';
import type { RegionIndex } from '../../domain/region-index';
import type { RegionCode } from '../../domain/region';
import { useSelectionStore } from '../../store/selection-store';
import { ProfileView } from './profile-view';
import { PrintSetup } from './print/print-setup';
import { profileEn, profileId } from '../../i18n/features/profile';
import { profileIpmEn, profileIpmId } from '../../i18n/features/profile-ipm';
import { registerFeatureMessages } from '../../i18n/setup-i18n';
import './profile-phone.css';

registerFeatureMessages('profile', { id: profileId, en: profileEn });
registerFeatureMessages('profileIpm', { id: profileIpmId, en: profileIpmEn });

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
    <section className="page page--region">
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
              {region && <PrintSetup region={region} />}
              {region && <ProfileView key={region.code} region={region} index={index} />}
            </>
          );
        }}
      </QueryBoundary>
    </section>
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
