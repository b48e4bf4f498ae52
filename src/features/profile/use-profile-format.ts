import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/indicator';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';

/** Numbers of one indicator the way the page writes them: its decimals, "%" attached, a sign for changes. */
export function useProfileFormat() {
  const language = useLanguage();
  const { t } = useTranslation();
  // A year as a value (a smart-city cohort) is written 2017, not 2.017; a duration in years (schooling)
  // is an ordinary number.
  const value = (indicator: Pick<Indicator, 'decimals'> & { unit?: Indicator['unit'] }, v: number) =>
    indicator.unit?.id.startsWith('tahun angkatan')
      ? String(v)
      : formatNumber(v, language, indicator.decimals);
  const delta = (indicator: Pick<Indicator, 'decimals'>, d: number) => {
    const text = formatNumber(Math.abs(d), language, indicator.decimals);
    const rounded = Math.round(d * 10 ** indicator.decimals);
    return rounded === 0 ? `±${text}` : `${rounded > 0 ? '+' : '−'}${text}`;
  };
  return { language, t, value, delta };
}
