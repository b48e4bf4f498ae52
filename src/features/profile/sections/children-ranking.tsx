import { Link } from 'react-router';
import { rankRegionSet } from '../../../domain/analysis/ranking/province-rank';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { Observation } from '../../../domain/observation';
import type { Region } from '../../../domain/region';
import { useProfileFormat } from '../use-profile-format';

interface ChildrenRankingProps {
  region: Region;
  regions: readonly Region[];
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
}

/** A province's regencies/cities (or Indonesia's provinces) ranked per indicator in its newest year. */
export function ChildrenRanking({ region, regions, indicators, observationsById }: ChildrenRankingProps) {
  const { t, language, value } = useProfileFormat();
  const codes = new Set(regions.map((r) => r.code));
  const tables = indicators
    .filter((i) => i.category !== 'demography')
    .flatMap((indicator) => {
      const observations = observationsById.get(indicator.id) ?? [];
      const years = observations.filter((o) => o.value !== null && codes.has(o.region)).map((o) => o.year);
      if (years.length === 0) return [];
      const year = Math.max(...years);
      return [{ indicator, year, rows: rankRegionSet(observations, year, regions, indicator.polarity) }];
    });
  if (tables.length === 0) return null;
  const title =
    region.level === 'country'
      ? t('profile.children.country')
      : t('profile.children.province', { name: region.name });
  return (
    <section className="section profile-section" aria-labelledby="children-ranking-heading">
      <h2 id="children-ranking-heading">{title}</h2>
      <p className="muted">{t('profile.children.intro')}</p>
      <div className="children-grid">
        {tables.map(({ indicator, year, rows }) => {
          const valued = rows.filter((r) => r.observation?.value != null);
          return (
            <div key={indicator.id} className="table-scroll">
              <table className="data-table data-table--compact children-table">
                <caption>
                  {t('profile.children.caption', {
                    indicator: pickText(indicator.name, language),
                    year,
                    count: valued.length,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('profile.children.rank')}
                    </th>
                    <th scope="col">{t('profile.children.region')}</th>
                    <th scope="col" className="num">
                      {t('profile.children.value')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ region: child, observation, rank }) => (
                    <tr key={child.code}>
                      <td className="num">{rank ? rank.rank : '–'}</td>
                      <th scope="row">
                        <Link to={`/region/${child.code}`}>{child.name}</Link>
                      </th>
                      <td className="num">
                        {observation?.value != null ? (
                          value(indicator, observation.value)
                        ) : (
                          <span className="missing">{t('profile.scorecard.noData')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </div>
    </section>
  );
}
