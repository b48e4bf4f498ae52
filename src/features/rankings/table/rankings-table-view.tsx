import { memo, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CategoryBadge } from '../../../components/provenance/category-badge';
import {
  SORT_COLUMNS,
  type RankingRow,
  type RankingSort,
  type SortColumn,
} from '../../../domain/analysis/ranking/rankings-table';
import type { Indicator } from '../../../domain/indicator';
import { pickText, type Language } from '../../../domain/localized';
import type { RegionCode } from '../../../domain/region';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';

interface RankingsTableViewProps {
  rows: readonly RankingRow[];
  indicator: Indicator;
  caption: string;
  sort: RankingSort;
  /** Sorts by the column; the same column again flips the direction. */
  onSort: (column: SortColumn) => void;
  selected: RegionCode | null;
  compared: readonly RegionCode[];
  onToggleCompare: (code: RegionCode) => void;
  showProvince: boolean;
  /** Only when the indicator has official classes or categories. */
  showBand: boolean;
}

export function RankingsTableView(props: RankingsTableViewProps) {
  const {
    rows,
    indicator,
    caption,
    sort,
    onSort,
    selected,
    compared,
    onToggleCompare,
    showProvince,
    showBand,
  } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = SORT_COLUMNS.filter(
    (c) => (showProvince || (c !== 'province' && c !== 'kind')) && (showBand || c !== 'band'),
  );
  const unit = pickText(indicator.unit, language);
  const navigate = useNavigate();
  // One handler for 514 links: a router <Link> per row would re-render every row on each URL change
  // (a sort or filter writes the URL), which is what made sorting slow.
  function openRegionLink(event: MouseEvent<HTMLTableElement>) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-region]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(`/region/${link.dataset.region}`);
  }

  return (
    <div className="table-scroll rankings-table">
      <table className="data-table data-table--compact" onClick={openRegionLink}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.column === column;
              const label = t(`rankings.column.${column}`);
              return (
                <th
                  key={column}
                  scope="col"
                  className={
                    column === 'value' || column === 'change' || column === 'rank' ? 'num' : undefined
                  }
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    aria-label={t('rankings.sortBy', { column: label })}
                    onClick={() => onSort(column)}
                  >
                    {label}
                    {column === 'value' && <span className="unit"> ({unit})</span>}
                    <span aria-hidden="true" className="sort-button__arrow">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('rankings.column.compare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RankingTableRow
              key={row.region.code}
              row={row}
              indicator={indicator}
              language={language}
              selected={row.region.code === selected}
              compared={compared.includes(row.region.code)}
              onToggleCompare={onToggleCompare}
              showProvince={showProvince}
              showBand={showBand}
              t={t}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: RankingRow;
  indicator: Indicator;
  language: Language;
  selected: boolean;
  compared: boolean;
  onToggleCompare: (code: RegionCode) => void;
  showProvince: boolean;
  showBand: boolean;
  /** The table's own `t`: one i18n subscription for the table instead of one per row. */
  t: TFunction;
}

// Memoised: a sort or filter moves rows without re-rendering the cells of 514 unchanged rows.
const RankingTableRow = memo(function RankingTableRow(props: RowProps) {
  const { row, indicator, language, selected, compared, onToggleCompare, showProvince, showBand, t } = props;
  const { region, value, observation, change } = row;
  const className = selected ? 'row--selected' : compared ? 'row--compared' : undefined;
  return (
    <tr className={className} data-code={region.code}>
      <td className="num">{row.rank ? row.rank.rank : ''}</td>
      <th scope="row">
        <a href={`${import.meta.env.BASE_URL}region/${region.code}`} data-region={region.code}>
          {region.name}
        </a>
      </th>
      <td className="num">
        {value !== null ? (
          formatNumber(value, language, indicator.decimals)
        ) : row.category && observation ? (
          <>
            <CategoryBadge indicator={indicator} observation={observation} />{' '}
            <span className="unit">({t('rankings.categoryOnly')})</span>
          </>
        ) : (
          <span className="missing">{t('state.noData')}</span>
        )}
      </td>
      <td className="num">
        {change && (
          <span className={`change change--${change.verdict}`}>
            {Math.round(change.delta * 10 ** indicator.decimals) > 0 ? '+' : ''}
            {formatNumber(change.delta, language, indicator.decimals)}{' '}
            <span className="unit">
              {t('rankings.since', { year: change.from.year })} ·{' '}
              {change.verdict === 'neutral'
                ? t(`rankings.movement.${change.movement}`)
                : t(`rankings.verdict.${change.verdict}`)}
              {change.incomparable && ` · ${t(`rankings.incomparable.${change.incomparable}`)}`}
            </span>
          </span>
        )}
      </td>
      {showBand && (
        <td>
          {row.category && value !== null && observation ? (
            <CategoryBadge indicator={indicator} observation={observation} />
          ) : row.band ? (
            pickText(row.band.label, language)
          ) : (
            ''
          )}
        </td>
      )}
      {showProvince && <td>{row.province?.name ?? ''}</td>}
      {showProvince && <td>{t(`kind.${region.kind}`)}</td>}
      <td>
        <input
          type="checkbox"
          checked={compared}
          aria-label={t('rankings.compareRegion', { name: region.name })}
          onChange={() => onToggleCompare(region.code)}
        />
      </td>
    </tr>
  );
});
