import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_COLORS } from '../../components/charts/chart-palette';
import { SvgRegionMap } from '../../components/charts/svg-region-map';
import { useBoundaries } from '../../data/queries';
import type { Region } from '../../domain/region';
import { toBoundaryFeatures } from '../../lib/geo/boundary-features';

const OTHER = '#d9dee3';
const SAME_PARENT = '#c2cbd3';

/**
 * A small static map: a regency among its province's regencies/cities, a province among the provinces.
 * Without boundaries (not built, or failed) it is simply left out; the page does not depend on it.
 */
export function LocatorMap({ region, parent }: { region: Region; parent: Region | undefined }) {
  const { t } = useTranslation();
  const level = region.level === 'regency' ? 'regency' : 'province';
  const query = useBoundaries(level);
  const features = useMemo(() => {
    if (!query.data) return [];
    const all = toBoundaryFeatures(query.data);
    return region.level === 'regency'
      ? all.filter((f) => f.properties.code.startsWith(`${region.parent}.`))
      : all;
  }, [query.data, region]);
  if (features.length === 0) return null;
  const self = region.level === 'country' ? [] : [region.code];
  const within = region.level === 'regency' ? (parent?.name ?? '') : 'Indonesia';
  return (
    <div className="profile-locator">
      <SvgRegionMap
        features={features}
        fill={(code) =>
          code === region.code || region.level === 'country'
            ? ROLE_COLORS.self
            : region.level === 'regency'
              ? SAME_PARENT
              : OTHER
        }
        highlight={self}
        label={t('profile.locator', { name: region.name, within })}
        width={260}
        height={region.level === 'regency' ? 200 : 120}
      />
    </div>
  );
}
