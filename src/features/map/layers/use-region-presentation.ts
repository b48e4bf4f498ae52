import type L from 'leaflet';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../components/provenance/grade-mark.css';
import { categoryOf, gradeOf, isRanked, type Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { RegionCode } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import type { ChoroplethModel } from '../choropleth-model';
import { CATEGORY_OUTLINE, NO_DATA_COLOR } from '../legend/palette';
import { buildTooltip } from './region-tooltip';

interface PresentationInput {
  model: ChoroplethModel | null;
  indicator: Indicator | undefined;
  index: RegionIndex | null;
  year: number | undefined;
  selected: RegionCode | null;
  compare: readonly RegionCode[];
}

/** How each region looks on the map (fill, outline) and what its tooltip says. */
export function useRegionPresentation({
  model,
  indicator,
  index,
  year,
  selected,
  compare,
}: PresentationInput) {
  const { t } = useTranslation();
  const language = useLanguage();

  const styleOf = useCallback(
    (code: RegionCode): L.PathOptions => {
      const isSelected = code === selected;
      const isCompared = compare.includes(code);
      // A zone colour can equal a numeric class colour; the dashed outline says "category, no number".
      const categoryOnly = !isSelected && !isCompared && Boolean(model?.categoryOnly.has(code));
      return {
        fillColor: model ? model.colorOf(code) : NO_DATA_COLOR,
        fillOpacity: 0.92,
        color: isSelected ? '#111111' : isCompared ? '#6a1b9a' : categoryOnly ? CATEGORY_OUTLINE : '#ffffff',
        weight: isSelected ? 3 : isCompared ? 2.5 : categoryOnly ? 1.2 : 0.6,
        dashArray: categoryOnly ? '3 2' : undefined,
      };
    },
    [model, selected, compare],
  );

  const tooltipOf = (code: RegionCode): HTMLElement => {
    const value = model?.values.get(code);
    const zoneOnly = value ? undefined : model?.categoryOnly.get(code);
    const observation = value?.observation ?? zoneOnly?.observation;
    const rank =
      value && indicator && isRanked(indicator)
        ? ` · ${t('map.rank', { rank: value.rank.rank, of: value.rank.of })}`
        : '';
    // A scored row may carry its published zone too; a zone-only row says it has no number.
    const category = value && indicator ? categoryOf(indicator, value.observation) : undefined;
    const detail = value
      ? `${value.observation.year}${rank}${category ? ` · ${pickText(category.label, language)}` : ''}`
      : zoneOnly
        ? `${zoneOnly.observation.year} · ${t('dataQuality.category.noValue')}`
        : year
          ? String(year)
          : '';
    const grade = indicator && observation ? gradeOf(indicator, observation) : undefined;
    return buildTooltip({
      title: index?.byCode.get(code)?.name ?? code,
      value:
        value && indicator
          ? `${formatNumber(value.observation.value, language, indicator.decimals)} ${pickText(indicator.unit, language)}`
          : zoneOnly
            ? pickText(zoneOnly.category.label, language)
            : t('state.noData'),
      detail,
      source: indicator ? `${t('source.label')}: ${(observation?.source ?? indicator.source).name}` : '',
      grade:
        grade === 'secondary' || grade === 'press'
          ? {
              grade,
              label: t(`dataQuality.grade.${grade}`),
              explanation: t(`dataQuality.gradeExplain.${grade}`),
            }
          : undefined,
    });
  };

  return { styleOf, tooltipOf };
}
