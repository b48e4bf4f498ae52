import { useTranslation } from 'react-i18next';
import { SourceLink } from '../../components/source-link';
import { toHeadlineRows } from '../../domain/analysis/headline-rows';
import type { Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { Observation } from '../../domain/observation';
import type { Region } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';

interface CompareTableProps {
  regions: readonly Region[];
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
  index: RegionIndex;
}

/** Each indicator's newest value for every compared region, side by side, with year and rank. */
export function CompareTable({ regions, indicators, observationsById, index }: CompareTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = regions.map((region) =>
    toHeadlineRows(region, indicators, observationsById, index.levelOf),
  );
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('page.compare.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('page.region.indicator')}</th>
            {regions.map((region) => (
              <th key={region.code} scope="col" className="num">
                {region.name}
              </th>
            ))}
            <th scope="col">{t('source.label')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator, row) => (
            <tr key={indicator.id}>
              <th scope="row">
                {pickText(indicator.name, language)}{' '}
                <span className="unit">({pickText(indicator.unit, language)})</span>
              </th>
              {columns.map((column, i) => {
                const cell = column[row];
                return (
                  <td key={regions[i]!.code} className="num">
                    {cell?.latest ? (
                      <>
                        {formatNumber(cell.latest.value, language, indicator.decimals)}
                        <br />
                        <span className="unit">
                          {cell.latest.year}
                          {cell.rank && ` · #${cell.rank.rank}/${cell.rank.of}`}
                        </span>
                      </>
                    ) : (
                      <span className="missing">{t('state.noData')}</span>
                    )}
                  </td>
                );
              })}
              <td>
                <SourceLink source={indicator.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
