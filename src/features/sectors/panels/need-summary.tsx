import { useTranslation } from 'react-i18next';
import {
  needLevel,
  NEED_RULES,
  type CommunityNeed,
  type NeedIndicatorId,
} from '../../../domain/sectors/needs/need-rule';
import { NEED_NAMES } from '../../../domain/sectors/plain/plain-texts';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';

interface NeedSummaryProps {
  need: CommunityNeed | null;
  missing: readonly NeedIndicatorId[];
}

/** The figures behind the need part of the score: each measure, its year, reference and the sectors it raises. */
export function NeedSummary({ need, missing }: NeedSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language, value >= 100 ? 0 : 2);
  return (
    <div className="muted sectors-need">
      <strong>{t('sectors.need.label')}:</strong>{' '}
      {need ? (
        <ul>
          {need.measures.map((m) => (
            <li key={m.indicator}>
              {t('sectors.need.measure', {
                indicator: NEED_NAMES[m.indicator][language],
                year: m.year,
                value: n(m.value),
                referenceValue: n(m.referenceValue),
                reference: t(`sectors.need.reference.${m.referenceKind ?? 'published'}`),
                level: formatNumber(needLevel(m), language, 2),
                sectors: NEED_RULES[m.indicator].sectors.join(', '),
              })}
            </li>
          ))}
        </ul>
      ) : (
        t('sectors.need.none')
      )}
      {missing.length > 0 && (
        <p>
          {t('sectors.need.missing', {
            indicators: missing.map((id) => NEED_NAMES[id][language]).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
