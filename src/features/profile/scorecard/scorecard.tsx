import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/localized';
import { useLanguage } from '../../../i18n/use-language';
import type { ProfileModel } from '../profile-model';
import { ScoreItem } from './score-item';

/** Every indicator with data, grouped by smart-city dimension; the ones without data named per group. */
export function Scorecard({ model }: { model: ProfileModel }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const peers = t(`profile.peers.${model.region.level}`);
  return (
    <section className="section profile-section" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t('profile.scorecard.title')}</h2>
      <p className="muted">
        {t('profile.scorecard.intro', { peers })} {t('profile.scorecard.tiesNote')}
      </p>
      <div className="scorecard-groups">
        {model.groups
          .filter((g) => g.category !== 'demography')
          .map((group) => {
            const withData = group.rows.filter((r) => r.latest || r.latestCategory);
            const missing = group.rows.filter((r) => !r.latest && !r.latestCategory);
            return (
              <section
                key={group.category}
                className="profile-group"
                aria-labelledby={`group-${group.category}`}
              >
                <h3 id={`group-${group.category}`}>{t(`category.${group.category}`)}</h3>
                {withData.length > 0 && (
                  <ul className="score-list">
                    {withData.map((row) => (
                      <ScoreItem key={row.indicator.id} row={row} model={model} />
                    ))}
                  </ul>
                )}
                {missing.length > 0 && (
                  <p className="muted">
                    {t('profile.scorecard.missingList', {
                      list: missing.map((r) => pickText(r.indicator.name, language)).join('; '),
                    })}
                  </p>
                )}
              </section>
            );
          })}
      </div>
    </section>
  );
}
