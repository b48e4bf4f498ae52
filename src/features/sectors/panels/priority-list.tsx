import { useTranslation } from 'react-i18next';
import { ChartTable } from '../../../components/charts/chart-table';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import type { RankedSector } from '../../../domain/sectors/priority';
import { PLAIN_LABELS, type ReasonContext } from '../../../domain/sectors/plain/plain-verdict';
import { useLanguage } from '../../../i18n/use-language';
import { toCsv } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { tableLabels } from '../sector-labels';
import { SectorDetails } from './sector-details';
import { exportName } from '../view-model/export-name';
import { toPriorityRows, toPriorityTable } from '../view-model/priority-table';
import { LEADING_COUNT } from '../view-model/theme-groups';

export function PriorityList({
  analysis,
  ranked,
  context,
}: {
  analysis: SectorAnalysis;
  ranked: readonly RankedSector[];
  context: ReasonContext;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = toPriorityRows(ranked, analysis, language, context);
  const table = toPriorityTable(rows, analysis, tableLabels(t, language));

  function downloadCsv() {
    const csv = toCsv(
      table.columns.map((c) => c.label),
      table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
      language,
    );
    downloadText(`${exportName('sektor-prioritas', analysis)}.csv`, csv, 'text/csv;charset=utf-8');
  }

  return (
    <section className="section" aria-labelledby="sectors-list-title">
      <h2 id="sectors-list-title">{t('sectors.list.title')}</h2>
      <p className="muted sectors-list-caption">{t('sectors.list.caption')}</p>
      <ol className="sector-priorities" aria-label={t('sectors.list.title')}>
        {rows.map((row) => {
          const leading = row.rank <= LEADING_COUNT;
          return (
            <li
              key={row.sector}
              className={leading ? 'sector-priority sector-priority--leading' : 'sector-priority'}
            >
              <span className="sector-priority__rank" aria-hidden="true">
                {row.rank}
              </span>
              <div className="sector-priority__body">
                <div className="sector-priority__head">
                  <strong>{row.name}</strong>
                  <span className={`sector-verdict sector-verdict--${row.label}`}>
                    {PLAIN_LABELS[row.label][language]}
                  </span>
                  <span className="sector-priority__score">
                    {t('sectors.list.score')} {formatNumber(row.score, language, 1)}
                  </span>
                </div>
                <p className="sector-priority__reason">{row.reason}</p>
                <SectorDetails row={row} />
              </div>
            </li>
          );
        })}
      </ol>
      <details className="sectors-table-details">
        <summary>{t('charts.showTable')}</summary>
        <ChartTable caption={t('sectors.list.caption')} table={table} />
      </details>
      <button type="button" className="button button--small no-print" onClick={downloadCsv}>
        {t('sectors.list.download')}
      </button>
    </section>
  );
}
