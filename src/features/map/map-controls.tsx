import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassMethod } from '../../domain/analysis/classes/classify';
import { INDICATOR_CATEGORIES, type Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import { normalizeRegionName } from '../../domain/region-index';
import { useLanguage } from '../../i18n/use-language';
import { useSelectionStore, type MapLevel } from '../../store/selection-store';

interface MapControlsProps {
  indicators: readonly Indicator[];
  indicator: Indicator;
  years: readonly number[];
  year: number | undefined;
  methods: readonly ClassMethod[];
  method: ClassMethod;
}

export function MapControls({ indicators, indicator, years, year, methods, method }: MapControlsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const level = useSelectionStore((s) => s.level);
  const { selectIndicator, selectYear, selectLevel, selectClasses } = useSelectionStore.getState();
  const [filter, setFilter] = useState('');
  const needle = normalizeRegionName(filter);
  const matchesFilter = (i: Indicator) =>
    !needle || normalizeRegionName(`${i.name.id} ${i.name.en} ${i.id}`).includes(needle);
  // The current indicator stays in the list so the select never shows a value it does not hold.
  const groups = INDICATOR_CATEGORIES.map((category) => ({
    category,
    items: indicators.filter((i) => i.category === category && (matchesFilter(i) || i.id === indicator.id)),
  })).filter((g) => g.items.length > 0);
  const noMatch = Boolean(needle) && !indicators.some(matchesFilter);

  return (
    <fieldset className="map-controls">
      <legend className="visually-hidden">{t('map.controls')}</legend>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t('map.findIndicator')}</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        {noMatch && (
          <p className="muted" role="status">
            {t('map.noIndicatorMatch', { query: filter })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('map.indicator')}</label>
        <select
          id={`${id}-indicator`}
          value={indicator.id}
          title={pickText(indicator.name, language)}
          onChange={(e) => selectIndicator(e.target.value)}
        >
          {groups.map((group) => (
            <optgroup key={group.category} label={t(`category.${group.category}`)}>
              {group.items.map((i) => (
                <option key={i.id} value={i.id}>
                  {pickText(i.name, language)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('map.year')}</label>
          <select
            id={`${id}-year`}
            value={year ?? ''}
            onChange={(e) => selectYear(Number(e.target.value))}
            disabled={years.length === 0}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <span id={`${id}-level`} className="field__label">
            {t('map.level')}
          </span>
          <div className="segmented" role="radiogroup" aria-labelledby={`${id}-level`}>
            {(['province', 'regency'] as MapLevel[]).map((l) => (
              <label key={l}>
                <input
                  type="radio"
                  name={`${id}-level`}
                  value={l}
                  checked={level === l}
                  onChange={() => selectLevel(l)}
                />
                <span>{t(`level.${l}`)}</span>
              </label>
            ))}
          </div>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-classes`}>{t('map.classes')}</label>
        <select
          id={`${id}-classes`}
          value={method}
          onChange={(e) => selectClasses(e.target.value as ClassMethod)}
        >
          {methods.map((m) => (
            <option key={m} value={m}>
              {t(`map.method.${m}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
