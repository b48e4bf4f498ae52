import { useTranslation } from 'react-i18next';
import { SourceLink } from '../../components/source-link';
import { pickText } from '../../domain/localized';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import type { HeadlineRow } from '../../domain/analysis/headline-rows';

export function HeadlineTable({ rows }: { rows: readonly HeadlineRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('page.region.headline')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('page.region.indicator')}</th>
            <th scope="col" className="num">
              {t('page.region.value')}
            </th>
            <th scope="col" className="num">
              {t('source.year')}
            </th>
            <th scope="col" className="num">
              {t('page.region.rank')}
            </th>
            <th scope="col">{t('source.label')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, latest, rank }) => {
            const source = latest?.source ?? indicator.source;
            return (
              <tr key={indicator.id}>
                <th scope="row">{pickText(indicator.name, language)}</th>
                <td className="num">
                  {latest ? (
                    <>
                      {formatNumber(latest.value, language, indicator.decimals)}{' '}
                      <span className="unit">{pickText(indicator.unit, language)}</span>
                    </>
                  ) : (
                    <span className="missing">{t('state.noData')}</span>
                  )}
                </td>
                <td className="num">{latest?.year ?? '–'}</td>
                <td className="num">{rank ? `${rank.rank} / ${rank.of}` : '–'}</td>
                <td>
                  <SourceLink source={source} />
                  {latest?.flags?.map((flag) => (
                    <span key={flag} className="flag">
                      {' '}
                      · {t(`source.flags.${flag}`)}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
