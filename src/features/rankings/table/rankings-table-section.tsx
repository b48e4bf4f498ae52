import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '../../../components/states/empty-state';
import { SourceNote } from '../../../components/provenance/source-note';
import type { RankingRow } from '../../../domain/analysis/ranking/rankings-table';
import { isRanked, type Indicator } from '../../../domain/indicator';
import { useLanguage } from '../../../i18n/use-language';
import { downloadTable, type TableFormat } from '../../../lib/table-download';
import { sourcesOf } from '../../../domain/provenance';
import { useSelectionStore, type MapLevel } from '../../../store/selection-store';
import { exportName, toRankingsCsv, type CsvLabels } from '../rankings-model';
import type { RankingsView, ViewUpdater } from '../rankings-params';
import { useComparedCodes } from '../use-compared-codes';
import { RankingsTableView } from './rankings-table-view';

interface RankingsTableSectionProps {
  indicator: Indicator;
  year: number;
  level: MapLevel;
  rows: readonly RankingRow[];
  shown: readonly RankingRow[];
  caption: string;
  view: RankingsView;
  onViewChange: ViewUpdater;
}

export function RankingsTableSection({
  indicator,
  year,
  level,
  rows,
  shown,
  caption,
  view,
  onViewChange,
}: RankingsTableSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const region = useSelectionStore((s) => s.region);
  const compare = useComparedCodes();
  const toggleCompare = useSelectionStore((s) => s.toggleCompare);
  const { search } = useLocation();
  const hasCategories = rows.some((r) => r.group === 'category');

  function download(format: TableFormat) {
    const header = (key: keyof CsvLabels) => t(`rankings.csvHeader.${key}`);
    const csv = toRankingsCsv(shown, indicator, language, {
      rank: header('rank'),
      code: header('code'),
      region: header('region'),
      value: header('value'),
      unit: header('unit'),
      change: header('change'),
      fromYear: header('fromYear'),
      band: header('band'),
      province: header('province'),
      kind: header('kind'),
      source: header('source'),
      kindName: (kind) => t(`kind.${kind}`),
    });
    void downloadTable(
      format,
      exportName(indicator.id, year, level, view.filter.province),
      csv.header,
      csv.rows,
      language,
    );
  }

  return (
    <section className="section">
      <div className="rankings-table__bar">
        <p role="status">{t('rankings.shown', { shown: shown.length, total: rows.length })}</p>
        <span className="actions">
          <button type="button" className="button" onClick={() => download('csv')}>
            {t('rankings.csv')}
          </button>
          <button type="button" className="button" onClick={() => download('xlsx')}>
            {t('rankings.xlsx')}
          </button>
        </span>
      </div>
      {compare.length > 0 && (
        // Stays in view while the table scrolls, so ticking regions leads somewhere.
        <p className="compare-action">
          <Link className="button" to={{ pathname: '/compare', search }}>
            {t('phone.compareN', { count: compare.length })}
          </Link>
        </p>
      )}
      {!isRanked(indicator) && <p className="muted">{t('rankings.neutralNote')}</p>}
      {hasCategories && <p className="muted">{t('rankings.categoryNote')}</p>}
      {shown.length === 0 ? (
        <EmptyState>{t('rankings.noMatch')}</EmptyState>
      ) : (
        <RankingsTableView
          rows={shown}
          indicator={indicator}
          caption={caption}
          sort={view.sort}
          onSort={(column) =>
            onViewChange((v) => ({
              ...v,
              sort: {
                column,
                direction: v.sort.column === column && v.sort.direction === 'asc' ? 'desc' : 'asc',
              },
            }))
          }
          selected={region}
          compared={compare}
          onToggleCompare={toggleCompare}
          showProvince={level === 'regency'}
          showBand={rows.some((r) => r.band !== undefined || r.category !== undefined)}
        />
      )}
      {sourcesOf(
        rows.flatMap((r) => (r.observation ? [r.observation] : [])),
        indicator.source,
      ).map((source) => (
        <SourceNote key={source.name} source={source} year={year} />
      ))}
    </section>
  );
}
