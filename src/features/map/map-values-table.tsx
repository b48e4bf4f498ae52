import { useTranslation } from 'react-i18next';
import { isRanked, type Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import type { ChoroplethModel } from './choropleth-model';
import { classLabel } from './legend/legend-panel';

interface MapValuesTableProps {
  model: ChoroplethModel;
  indicator: Indicator;
  index: RegionIndex;
  caption: string;
  onSelect: (code: RegionCode) => void;
  onFocusRegion: (code: RegionCode | null) => void;
}

/** The map as a table: the same values, ranks and classes for keyboard and screen-reader users. */
export function MapValuesTable({
  model,
  indicator,
  index,
  caption,
  onSelect,
  onFocusRegion,
}: MapValuesTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ranked = isRanked(indicator);
  // Neutral indicators have no rank, but the order (largest first) still helps to read the table.
  const rows = [...model.values.values()].sort((a, b) => a.rank.rank - b.rank.rank);
  const total = rows.length + model.categoryOnly.size + model.noData.length;
  // Category-only regions follow the scored ones, best category first, never with a number.
  const zoneOnly = [...model.categoryOnly.values()].sort(
    (a, b) => b.category.order - a.category.order || a.observation.region.localeCompare(b.observation.region),
  );
  const nameOf = (code: RegionCode) => index.byCode.get(code)?.name ?? code;
  return (
    <details className="map-table">
      <summary>{t('map.table', { count: total })}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('page.region.rank')}
              </th>
              <th scope="col">{t('map.region')}</th>
              <th scope="col" className="num">
                {t('map.value')} ({pickText(indicator.unit, language)})
              </th>
              <th scope="col">{t('map.class')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ observation, rank, classIndex }) => (
              <tr key={observation.region}>
                <td className="num">{ranked ? rank.rank : '–'}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(observation.region)}
                    onFocus={() => onFocusRegion(observation.region)}
                    onBlur={() => onFocusRegion(null)}
                  >
                    {nameOf(observation.region)}
                  </button>
                </th>
                <td className="num">
                  {formatNumber(observation.value, language, indicator.decimals)}
                  {observation.flags?.includes('imported') && (
                    <span className="imported-mark" title={observation.source?.name}>
                      {t('source.flags.imported')}
                    </span>
                  )}
                </td>
                <td>{classIndex >= 0 ? classLabel(model.classes[classIndex]!, indicator, language) : '–'}</td>
              </tr>
            ))}
            {zoneOnly.map(({ observation, category }) => (
              <tr key={observation.region}>
                <td className="num">–</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(observation.region)}
                    onFocus={() => onFocusRegion(observation.region)}
                    onBlur={() => onFocusRegion(null)}
                  >
                    {nameOf(observation.region)}
                  </button>
                </th>
                <td className="num missing">{t('dataQuality.category.noValue')}</td>
                <td className="category-only">{pickText(category.label, language)}</td>
              </tr>
            ))}
            {model.noData.map((code) => (
              <tr key={code}>
                <td className="num">–</td>
                <th scope="row">{nameOf(code)}</th>
                <td className="num missing">{t('state.noData')}</td>
                <td>–</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
