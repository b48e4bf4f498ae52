import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/states/error-panel';
import { GradeMark } from '../../components/provenance/grade-mark';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { SourceNote } from '../../components/provenance/source-note';
import { useObservations } from '../../data/queries';
import type { Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { RegionIndex } from '../../domain/region-index';
import { useLanguage } from '../../i18n/use-language';
import { downloadText } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { countGrades, formatYearSpan, summarizeCoverage } from './coverage';
import { CoverageTable } from './coverage-table';
import './data-page.css';
import {
  INDICATOR_CSV_HEADER,
  indicatorCsvFilename,
  indicatorFileStem,
  indicatorRows,
  indicatorToCsv,
} from './indicator-csv';
import { downloadTable } from '../../lib/table-download';

export function IndicatorCard({ indicator, index }: { indicator: Indicator; index: RegionIndex | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useObservations(indicator.id);
  const observations = query.data?.rows;
  const coverage = useMemo(
    () => (observations && index ? summarizeCoverage(observations, index) : []),
    [observations, index],
  );
  const grades = useMemo(
    () => (observations ? countGrades(indicator, observations) : []),
    [indicator, observations],
  );
  const hasCategoryOnly = coverage.some((c) => c.province.categoryOnly + c.regency.categoryOnly > 0);
  const name = pickText(indicator.name, language);

  return (
    <article className="card" aria-labelledby={`indicator-${indicator.id}`}>
      <header>
        <p className="eyebrow">{t(`category.${indicator.category}`)}</p>
        <h2 id={`indicator-${indicator.id}`}>{name}</h2>
        {indicator.sample && <p className="badge badge--warning">{t('state.sample')}</p>}
      </header>
      <p>{pickText(indicator.description, language)}</p>
      <dl className="facts">
        <dt>{t('page.data.unit')}</dt>
        <dd>{pickText(indicator.unit, language)}</dd>
        <dt>{t('page.data.polarity')}</dt>
        <dd>{t(`polarity.${indicator.polarity}`)}</dd>
        <dt>{t('page.data.years')}</dt>
        <dd>{query.isPending ? '…' : formatYearSpan(coverage.map((c) => c.year))}</dd>
        <dt>{t('dataQuality.grade.label')}</dt>
        <dd>
          <GradeMark grade={indicator.source.grade} showOfficial />
          {!indicator.source.grade && t('dataQuality.grade.notStated')}
          {grades.length > 1 && (
            <ul className="grade-counts">
              {grades.map(({ grade, count }) => (
                <li key={grade ?? 'none'}>
                  {grade ? <GradeMark grade={grade} showOfficial /> : t('dataQuality.grade.notStated')}{' '}
                  {t('dataQuality.gradeCount', { count, n: formatNumber(count, language) })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('dataQuality.compiled.label')}</dt>
        <dd>{indicator.source.compiled ?? t('dataQuality.compiled.notStated')}</dd>
        {indicator.derived && (
          <>
            <dt>{t('page.data.derived')}</dt>
            <dd>{t('page.data.yes')}</dd>
          </>
        )}
      </dl>
      <SourceNote source={indicator.source} />
      {query.isError && <ErrorPanel what={name} error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <SkippedRowsNote resource={`observations/${indicator.id}.json`} issues={query.data.issues} />
          {index && coverage.length === 0 && <p className="missing">{t('page.data.noValues')}</p>}
          {coverage.length > 0 && <CoverageTable coverage={coverage} name={name} />}
          {hasCategoryOnly && <p className="muted coverage-note">{t('dataQuality.category.coverageNote')}</p>}
          <button
            type="button"
            className="button"
            aria-label={t('page.data.downloadLabel', { name })}
            onClick={() =>
              downloadText(
                indicatorCsvFilename(indicator, language),
                indicatorToCsv(indicator, query.data.rows, index, language),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('page.data.download')}
          </button>{' '}
          <button
            type="button"
            className="button"
            aria-label={t('page.data.downloadXlsxLabel', { name })}
            onClick={() =>
              void downloadTable(
                'xlsx',
                indicatorFileStem(indicator, language),
                [...INDICATOR_CSV_HEADER],
                indicatorRows(indicator, query.data.rows, index, language),
                language,
              )
            }
          >
            {t('page.data.downloadXlsx')}
          </button>
        </>
      )}
    </article>
  );
}
