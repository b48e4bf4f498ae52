import { CategoryBadge } from '../../../components/provenance/category-badge';
import { GradeMark } from '../../../components/provenance/grade-mark';
import { gradeOf } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { ScoreRow } from '../profile-model';
import { useProfileFormat } from '../use-profile-format';

/**
 * A newer published zone (Ombudsman 2024 "Zona hijau") over an older score (52,93 in 2019): the zone is the
 * headline, the score is history with the class it had under its own (older) method.
 */
export function SupersededValue({ row }: { row: ScoreRow }) {
  const { t, language, value } = useProfileFormat();
  const { indicator, latest, latestCategory, band } = row;
  if (!latestCategory) return null;
  return (
    <>
      <p className="service-item__value service-item__value--zone">
        <CategoryBadge indicator={indicator} observation={latestCategory} />{' '}
        <span className="muted">({latestCategory.year})</span>
        <GradeMark grade={gradeOf(indicator, latestCategory)} />
      </p>
      {latest && (
        <p className="service-item__history muted">
          {t('phone.history', {
            value: value(indicator, latest.value),
            year: latest.year,
            band: band ? pickText(band.band.label, language) : '',
          })}
        </p>
      )}
    </>
  );
}
