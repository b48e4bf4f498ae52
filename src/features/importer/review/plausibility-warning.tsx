import { useTranslation } from 'react-i18next';
import type { ImplausibleValue } from '../../../data/merged/find-implausible';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { RegionCode } from '../../../domain/region';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';

const SHOWN = 20;

interface PlausibilityWarningProps {
  values: readonly (ImplausibleValue & { indicator: Indicator })[];
  nameOf: (code: RegionCode) => string;
}

/** Imported values far from the official ones, each beside the official value, before anything is kept. */
export function PlausibilityWarning({ values, nameOf }: PlausibilityWarningProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (values.length === 0) return null;
  const fmt = (v: number, i: Indicator) => formatNumber(v, language, i.decimals);
  return (
    <section className="panel panel--warning" aria-labelledby="import-plausibility-heading">
      <h3 id="import-plausibility-heading">{t('importer.plausibility.title', { count: values.length })}</h3>
      <p role="alert">{t('importer.plausibility.body', { count: values.length })}</p>
      <div className="table-scroll">
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('importer.preview.region')}</th>
              <th scope="col">{t('importer.preview.indicator')}</th>
              <th scope="col" className="num">
                {t('importer.preview.year')}
              </th>
              <th scope="col" className="num">
                {t('importer.plausibility.imported')}
              </th>
              <th scope="col" className="num">
                {t('importer.plausibility.official')}
              </th>
            </tr>
          </thead>
          <tbody>
            {values.slice(0, SHOWN).map((v) => (
              <tr key={`${v.indicator.id}|${v.region}|${v.year}`}>
                <td>{nameOf(v.region)}</td>
                <td>{pickText(v.indicator.name, language)}</td>
                <td className="num">{v.year}</td>
                <td className="num">{fmt(v.imported, v.indicator)}</td>
                <td className="num">
                  {v.official !== null
                    ? fmt(v.official, v.indicator)
                    : v.history
                      ? t('importer.plausibility.history', {
                          min: fmt(v.history.min, v.indicator),
                          max: fmt(v.history.max, v.indicator),
                        })
                      : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {values.length > SHOWN && <p>{t('importer.report.more', { count: values.length - SHOWN })}</p>}
    </section>
  );
}
