import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useObservationsOf } from '../../../data/queries';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { RegionIndex } from '../../../domain/region-index';
import { useLanguage } from '../../../i18n/use-language';
import { downloadText } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { missingToCsv } from './missing-csv';
import { MissingFilters } from './missing-filters';
import { parseMissingParams, writeMissingParams } from './missing-params';
import { buildMissingReport, type MissingFilter } from './missing-report';

/** Enough to act on at once; the CSV carries every row. */
const SHOWN_ROWS = 50;

/** Region × indicator × year: what is missing, emptiest regions first, each gap a link to the import. */
export function MissingReportSection({ index, indicators }: { index: RegionIndex; indicators: Indicator[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filter = parseMissingParams(params);
  const { results, byId } = useObservationsOf(indicators);
  const loading = results.some((r) => r.isPending);
  // A pure pass over about 40 000 cells: a few milliseconds, cheaper than keeping a memo in step.
  const report = loading
    ? undefined
    : buildMissingReport({ index, indicators, observationsById: byId, filter });
  const onChange = (patch: Partial<MissingFilter>) =>
    setParams((current) => writeMissingParams(current, { ...parseMissingParams(current), ...patch }), {
      replace: true,
    });
  const number = (n: number) => formatNumber(n, language);
  const withGaps = report?.rows.filter((r) => r.gaps.length > 0) ?? [];
  const failed = indicators.filter((_, i) => results[i]?.isError).map((i) => pickText(i.name, language));

  return (
    <section className="section missing-report" aria-labelledby="missing-heading">
      <h2 id="missing-heading">{t('missingReport.title')}</h2>
      <p className="muted">{t('missingReport.intro')}</p>
      <MissingFilters
        filter={filter}
        indicators={indicators}
        provinces={index.atLevel('province')}
        years={report?.years ?? []}
        onChange={onChange}
      />
      {failed.length > 0 && (
        <p className="panel panel--warning">{t('missingReport.failed', { list: failed.join('; ') })}</p>
      )}
      {!report ? (
        <p role="status">{t('missingReport.loading')}</p>
      ) : (
        <>
          <p className="missing-report__summary">
            {t('missingReport.summary', {
              gaps: number(report.gapCount),
              cells: number(report.cells),
              regions: number(withGaps.length),
              total: number(report.rows.length),
            })}{' '}
            <button
              type="button"
              className="button button--small"
              disabled={report.gapCount === 0}
              onClick={() =>
                downloadText(
                  `kinerja-daerah_data-belum-ada_${language}.csv`,
                  missingToCsv(report, language, t('missingReport.status')),
                  'text/csv;charset=utf-8',
                )
              }
            >
              {t('missingReport.download')}
            </button>
          </p>
          {withGaps.length === 0 ? (
            <p>{t('missingReport.complete')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table missing-table">
                <caption className="visually-hidden">{t('missingReport.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('missingReport.region')}</th>
                    <th scope="col" className="num">
                      {t('missingReport.count')}
                    </th>
                    <th scope="col">{t('missingReport.gaps')}</th>
                  </tr>
                </thead>
                <tbody>
                  {withGaps.slice(0, SHOWN_ROWS).map((row) => (
                    <tr key={row.region.code} data-region={row.region.code}>
                      <th scope="row">
                        <Link to={`/region/${row.region.code}`}>{row.region.name}</Link>
                        {row.province && <span className="muted"> · {row.province.name}</span>}
                      </th>
                      <td className="num">
                        {number(row.gaps.length)}/{number(row.expected)}
                      </td>
                      <td>
                        <ul className="missing-gaps">
                          {row.gaps.map((gap) => {
                            const name = pickText(gap.indicator.name, language);
                            return (
                              <li key={`${gap.indicator.id}-${gap.year}`}>
                                <Link
                                  to="/import"
                                  title={t('missingReport.gapTitle', {
                                    indicator: name,
                                    year: gap.year,
                                    region: row.region.name,
                                  })}
                                >
                                  {t('missingReport.gapLink', { indicator: name, year: gap.year })}
                                </Link>
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {withGaps.length > SHOWN_ROWS && (
            <p className="muted">
              {t('missingReport.shown', { shown: number(SHOWN_ROWS), count: number(withGaps.length) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
