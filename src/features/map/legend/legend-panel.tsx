import { useTranslation } from 'react-i18next';
import { bandSetForYear, type Indicator } from '../../../domain/indicator';
import { pickText, type Language } from '../../../domain/localized';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import type { ChoroplethModel, LegendClass } from '../choropleth-model';
import { NO_DATA_COLOR } from './palette';
import './map-categories.css';

export function classRangeText(c: LegendClass, decimals: number, language: Language): string {
  const n = (v: number) => formatNumber(v, language, decimals);
  if (c.from === null && c.to !== null) return `< ${n(c.to)}`;
  if (c.to === null && c.from !== null) return `≥ ${n(c.from)}`;
  if (c.from === null || c.to === null) return '';
  return c.band ? `${n(c.from)} – < ${n(c.to)}` : `${n(c.from)} – ${n(c.to)}`;
}

export function classLabel(c: LegendClass, indicator: Indicator, language: Language): string {
  const range = classRangeText(c, indicator.decimals, language);
  return c.band ? `${pickText(c.band.label, language)} (${range})` : range;
}

export function LegendPanel({
  model,
  indicator,
  year,
}: {
  model: ChoroplethModel;
  indicator: Indicator;
  year: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unit = pickText(indicator.unit, language);
  // Highest values first, so the legend reads like the numbers.
  const classes = [...model.classes].reverse();
  // Official classes changed with the method (Ombudsman 2021 → 2022): name the one in force.
  const bandSet = model.method === 'official' ? bandSetForYear(indicator, year) : undefined;
  return (
    <section className="legend" aria-label={t('map.legend')}>
      <h2 className="legend__title">
        {t('map.legend')} <span className="unit">({unit})</span>
      </h2>
      {indicator.polarity !== 'neutral' && (
        <p className="legend__direction muted">
          <span className="swatch" style={{ background: '#2c7bb6' }} /> {t('map.better')} ·{' '}
          <span className="swatch" style={{ background: '#d7191c' }} /> {t('map.worse')}
        </p>
      )}
      {bandSet && <p className="legend__method muted">{pickText(bandSet.method, language)}</p>}
      <ul className="legend__classes">
        {classes.map((c, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            <span className="legend__range">{classLabel(c, indicator, language)}</span>
            <span className="legend__count muted">{t('map.regionsCount', { count: c.count })}</span>
          </li>
        ))}
      </ul>
      {model.categories.length > 0 && (
        <>
          <h3 className="legend__subtitle">{t('dataQuality.category.legendTitle')}</h3>
          <ul className="legend__classes legend__categories">
            {model.categories.map((c) => (
              <li key={c.category.id}>
                <span
                  className="swatch swatch--category"
                  style={{ background: c.color }}
                  aria-hidden="true"
                />
                <span className="legend__range">{pickText(c.category.label, language)}</span>
                <span className="legend__count muted">{t('map.regionsCount', { count: c.count })}</span>
              </li>
            ))}
          </ul>
          <p className="legend__hint muted">{t('dataQuality.category.legendHint')}</p>
        </>
      )}
      <ul className="legend__classes legend__no-data">
        <li>
          <span className="swatch swatch--no-data" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
          <span className="legend__range">{t('map.noData')}</span>
          <span className="legend__count muted">{t('map.regionsCount', { count: model.noData.length })}</span>
        </li>
      </ul>
      {model.mixesBoundaries && <p className="legend__warning">{t('map.mixedBoundaries')}</p>}
    </section>
  );
}
