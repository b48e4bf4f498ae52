import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES, type Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { Region, RegionCode } from '../../../domain/region';
import { useLanguage } from '../../../i18n/use-language';
import type { MissingFilter, MissingLevel } from './missing-report';

interface MissingFiltersProps {
  filter: MissingFilter;
  indicators: readonly Indicator[];
  provinces: readonly Region[];
  years: readonly number[];
  onChange: (patch: Partial<MissingFilter>) => void;
}

/** Native selects, like the other pages: province, level, indicator, year. */
export function MissingFilters({ filter, indicators, provinces, years, onChange }: MissingFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <fieldset className="missing-filters">
      <legend className="visually-hidden">{t('missingReport.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-province`}>{t('missingReport.province')}</label>
        <select
          id={`${id}-province`}
          value={filter.province ?? ''}
          onChange={(e) => onChange({ province: (e.target.value || null) as RegionCode | null })}
        >
          <option value="">{t('missingReport.all')}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('missingReport.level')}</label>
        <select
          id={`${id}-level`}
          value={filter.level}
          onChange={(e) => onChange({ level: e.target.value as MissingLevel })}
        >
          <option value="regency">{t('level.regency')}</option>
          <option value="province">{t('level.province')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('missingReport.indicator')}</label>
        <select
          id={`${id}-indicator`}
          value={filter.indicator ?? ''}
          onChange={(e) => onChange({ indicator: e.target.value || null })}
        >
          <option value="">{t('missingReport.allIndicators')}</option>
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
        <label htmlFor={`${id}-year`}>{t('missingReport.year')}</label>
        <select
          id={`${id}-year`}
          value={filter.year ?? ''}
          onChange={(e) => onChange({ year: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('missingReport.all')}</option>
          {/* A year chosen by link stays selectable even where this selection has no data in it. */}
          {[...new Set([...years, ...(filter.year === null ? [] : [filter.year])])].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
