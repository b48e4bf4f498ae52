import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES, type Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { Region, RegionCode, RegionKind } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import { useSelectionStore, type MapLevel } from '../../store/selection-store';
import type { RankingsView, ViewUpdater } from './rankings-params';

interface RankingsControlsProps {
  indicators: readonly Indicator[];
  indicator: Indicator;
  years: readonly number[];
  year: number | undefined;
  level: MapLevel;
  provinces: readonly Region[];
  view: RankingsView;
  onViewChange: ViewUpdater;
}

/** Indicator, year and level (shared with the map) and this page's filters and search. */
export function RankingsControls(props: RankingsControlsProps) {
  const { indicators, indicator, years, year, level, provinces, view, onViewChange } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { selectIndicator, selectYear, selectLevel } = useSelectionStore.getState();
  const setFilter = (patch: Partial<RankingsView['filter']>) =>
    onViewChange((v) => ({ ...v, filter: { ...v.filter, ...patch } }));
  const filtered = view.filter.province !== null || view.filter.kind !== null || view.filter.query !== '';

  return (
    <fieldset className="rankings-controls">
      <legend className="visually-hidden">{t('rankings.controls')}</legend>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('rankings.indicator')}</label>
        <select id={`${id}-indicator`} value={indicator.id} onChange={(e) => selectIndicator(e.target.value)}>
          {INDICATOR_CATEGORIES.map((category) => {
            const items = indicators.filter((i) => i.category === category);
            return (
              items.length > 0 && (
                <optgroup key={category} label={t(`category.${category}`)}>
                  {items.map((i) => (
                    <option key={i.id} value={i.id}>
                      {pickText(i.name, language)}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('rankings.year')}</label>
        <select
          id={`${id}-year`}
          value={year ?? ''}
          disabled={years.length === 0}
          onChange={(e) => selectYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('rankings.level')}</label>
        <select id={`${id}-level`} value={level} onChange={(e) => selectLevel(e.target.value as MapLevel)}>
          <option value="province">{t('level.province')}</option>
          <option value="regency">{t('level.regency')}</option>
        </select>
      </div>
      {level === 'regency' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-province`}>{t('rankings.province')}</label>
            <select
              id={`${id}-province`}
              value={view.filter.province ?? ''}
              onChange={(e) => setFilter({ province: (e.target.value || null) as RegionCode | null })}
            >
              <option value="">{t('rankings.allProvinces')}</option>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('rankings.kind')}</label>
            <select
              id={`${id}-kind`}
              value={view.filter.kind ?? ''}
              onChange={(e) => setFilter({ kind: (e.target.value || null) as RegionKind | null })}
            >
              <option value="">{t('rankings.allKinds')}</option>
              <option value="kabupaten">{t('kind.kabupaten')}</option>
              <option value="kota">{t('kind.kota')}</option>
            </select>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('rankings.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={view.filter.query}
          placeholder={t('rankings.searchPlaceholder')}
          onChange={(e) => setFilter({ query: e.target.value })}
        />
      </div>
      {filtered && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setFilter({ province: null, kind: null, query: '' })}
        >
          {t('rankings.resetFilters')}
        </button>
      )}
    </fieldset>
  );
}
