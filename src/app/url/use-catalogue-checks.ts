import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicators, useObservations, useRegions } from '../../data/queries';
import { pickText } from '../../domain/localized';
import { useLanguage } from '../../i18n/use-language';
import { useNoticeStore } from '../../store/notice-store';
import { effectiveIndicator, effectiveYear } from '../../store/selectors';
import { useSelectionStore } from '../../store/selection-store';

/**
 * A link may name an indicator, year or region the data do not have (old link, typo, other
 * deployment). Fall back and say so, once the catalogue has loaded.
 */
export function useCatalogueChecks(): void {
  const { t } = useTranslation();
  const language = useLanguage();
  const { indicator, year, region } = useSelectionStore();
  const indicators = useIndicators().data?.rows;
  const regions = useRegions().data?.rows;
  const observations = useObservations(indicators?.some((i) => i.id === indicator) ? indicator : null).data
    ?.rows;

  useEffect(
    function fallBackFromUnknownIndicator() {
      if (!indicators || indicator === null || indicators.some((i) => i.id === indicator)) return;
      const fallback = effectiveIndicator(null, indicators);
      useNoticeStore.getState().addNotice({
        id: 'unknown-indicator',
        messageKey: 'notice.unknownIndicator',
        params: { value: indicator, fallback: fallback ? pickText(fallback.name, language) : '–' },
        tone: 'warning',
      });
      if (fallback) useSelectionStore.getState().selectIndicator(fallback.id);
    },
    [indicators, indicator, language],
  );

  useEffect(
    function fallBackFromYearWithoutData() {
      if (!observations || year === null || observations.some((o) => o.year === year && o.value !== null))
        return;
      const fallback = effectiveYear(null, observations);
      const current = indicators?.find((i) => i.id === indicator);
      useNoticeStore.getState().addNotice({
        id: 'unknown-year',
        messageKey: 'notice.unknownYear',
        params: {
          value: year,
          indicator: current ? pickText(current.name, language) : '',
          fallback: fallback ?? t('state.noData'),
        },
        tone: 'warning',
      });
      useSelectionStore.getState().selectYear(fallback ?? null);
    },
    [observations, year, indicators, indicator, language, t],
  );

  useEffect(
    function clearUnknownRegion() {
      if (!regions || region === null || regions.some((r) => r.code === region)) return;
      useNoticeStore.getState().addNotice({
        id: 'unknown-region',
        messageKey: 'notice.unknownRegion',
        params: { value: region },
        tone: 'warning',
      });
      useSelectionStore.getState().selectRegion(null);
    },
    [regions, region],
  );
}
