import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import type { LevelCoverage, YearCoverage } from './coverage';

export function CoverageTable({ coverage, name }: { coverage: readonly YearCoverage[]; name: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cell = ({ withValue, categoryOnly, total }: LevelCoverage) => (
    <>
      {formatNumber(withValue, language)} / {formatNumber(total, language)}
      {categoryOnly > 0 && (
        <span className="coverage-category">
          {' '}
          {t('dataQuality.category.coverageOnly', { n: formatNumber(categoryOnly, language) })}
        </span>
      )}
    </>
  );
  return (
    <table className="data-table data-table--compact">
      <caption className="visually-hidden">
        {t('page.data.perYear')}: {name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('source.year')}</th>
          <th scope="col" className="num">
            {t('page.data.national')}
          </th>
          <th scope="col" className="num">
            {t('level.province')}
          </th>
          <th scope="col" className="num">
            {t('level.regency')}
          </th>
        </tr>
      </thead>
      <tbody>
        {coverage.map((c) => (
          <tr key={c.year}>
            <th scope="row">{c.year}</th>
            <td className="num">{c.national ? t('page.data.yes') : '–'}</td>
            <td className="num">{cell(c.province)}</td>
            <td className="num">{cell(c.regency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
