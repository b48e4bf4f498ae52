import { useTranslation } from 'react-i18next';
import { CategoryBadge } from '../../components/provenance/category-badge';
import { SourceLink } from '../../components/provenance/source-link';
import type { Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { Region } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import type { CsvCell } from '../../lib/csv';
import { downloadTable, type TableFormat } from '../../lib/table-download';
import { formatNumber } from '../../lib/format';
import type { CompareCell, CompareRow } from './compare-rows';

interface CompareTableProps {
  regions: readonly Region[];
  context: readonly Region[];
  rows: readonly CompareRow[];
  filename: string;
}

/** Each indicator's newest value for every compared region, side by side, with its province and Indonesia. */
export function CompareTable({ regions, context, rows, filename }: CompareTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  function download(format: TableFormat) {
    const h = (key: string) => t(`compare.csvHeader.${key}`);
    const header = [
      'indicator',
      'unit',
      'region',
      'code',
      'value',
      'year',
      'class',
      'rank',
      'of',
      'mark',
      'source',
    ].map(h);
    const lines: CsvCell[][] = rows.flatMap((row) =>
      [
        ...row.cells.map((c, i) => [regions[i]!, c] as const),
        ...row.context.map((c, i) => [context[i]!, c] as const),
      ].map(([region, cell]) => [
        pickText(row.indicator.name, language),
        pickText(row.indicator.unit, language),
        region.name,
        region.code,
        cell.value,
        cell.year ?? null,
        cell.category
          ? pickText(cell.category.label, language)
          : cell.band
            ? pickText(cell.band.label, language)
            : null,
        cell.rank?.rank ?? null,
        cell.rank?.of ?? null,
        cell.mark ? t(`compare.${cell.mark}`) : null,
        cell.observation ? (cell.observation.source ?? row.indicator.source).name : null,
      ]),
    );
    void downloadTable(format, filename, header, lines, language);
  }

  return (
    <section className="section">
      <div className="compare-section__bar">
        <h2>{t('compare.tableTitle')}</h2>
        <span className="actions">
          <button type="button" className="button" onClick={() => download('csv')}>
            {t('compare.csv')}
          </button>
          <button type="button" className="button" onClick={() => download('xlsx')}>
            {t('compare.xlsx')}
          </button>
        </span>
      </div>
      <div className="table-scroll">
        <table className="data-table compare-table">
          <caption>{t('compare.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('page.region.indicator')}</th>
              {regions.map((region) => (
                <th key={region.code} scope="col" className="num">
                  {region.name}
                </th>
              ))}
              {context.map((region) => (
                <th key={region.code} scope="col" className="num compare-table__context">
                  {region.name}
                  <span className="unit"> ({t('compare.context')})</span>
                </th>
              ))}
              <th scope="col">{t('source.label')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.indicator.id}>
                <th scope="row">
                  {pickText(row.indicator.name, language)}{' '}
                  <span className="unit">({pickText(row.indicator.unit, language)})</span>
                </th>
                {row.cells.map((cell, i) => (
                  <ValueCell key={regions[i]!.code} cell={cell} indicator={row.indicator} />
                ))}
                {row.context.map((cell, i) => (
                  <ValueCell key={context[i]!.code} cell={cell} indicator={row.indicator} context />
                ))}
                <td>
                  <SourceLink source={row.indicator.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ValueCell({
  cell,
  indicator,
  context = false,
}: {
  cell: CompareCell;
  indicator: Indicator;
  context?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const className = ['num', context && 'compare-table__context', cell.mark && `cell--${cell.mark}`]
    .filter(Boolean)
    .join(' ');
  if (!cell.observation) {
    return (
      <td className={className}>
        <span className="missing">{t('state.noData')}</span>
      </td>
    );
  }
  const details = [
    String(cell.year),
    !cell.category && cell.band ? pickText(cell.band.label, language) : null,
    cell.rank ? t('compare.rank', { rank: cell.rank.rank, of: cell.rank.of }) : null,
  ].filter(Boolean);
  return (
    <td className={className}>
      {cell.value !== null && <strong>{formatNumber(cell.value, language, indicator.decimals)}</strong>}
      {cell.mark && <span className={`mark mark--${cell.mark}`}> {t(`compare.${cell.mark}`)}</span>}
      {cell.category && (
        <>
          {' '}
          <CategoryBadge indicator={indicator} observation={cell.observation} />
        </>
      )}
      <br />
      <span className="unit">{details.join(' · ')}</span>
    </td>
  );
}
