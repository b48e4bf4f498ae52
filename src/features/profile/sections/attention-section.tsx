import { byMerit, byUrgency } from '../../../domain/analysis/attention/attention';
import { describeStanding } from '../../../domain/analysis/attention/attention-sentences';
import { pickText } from '../../../domain/localized';
import type { ProfileModel, ScoreRow } from '../profile-model';
import { useProfileFormat } from '../use-profile-format';

/** What needs attention first, and what goes well, each with one sentence written from the numbers. */
export function AttentionSection({ model }: { model: ProfileModel }) {
  const { t, language, delta } = useProfileFormat();
  const attention = byUrgency(model.rows);
  const well = byMerit(model.rows);
  const improving = attention.filter((r) => r.assessment.strengths.includes('improving'));
  return (
    <section className="section profile-section profile-attention" aria-labelledby="attention-heading">
      <div className="profile-attention__column">
        <h2 id="attention-heading">{t('profile.attention.title')}</h2>
        <p className="muted">{t('profile.attention.intro')}</p>
        {attention.length === 0 ? (
          <p>{t('profile.attention.none')}</p>
        ) : (
          <ol className="finding-list finding-list--attention">
            {attention.map((row) => (
              <Finding key={row.indicator.id} row={row} model={model} kind="concern" />
            ))}
          </ol>
        )}
      </div>
      <div className="profile-attention__column">
        <h2 id="well-heading">{t('profile.attention.wellTitle')}</h2>
        <p className="muted">{t('profile.attention.wellIntro')}</p>
        {well.length === 0 ? (
          <p>{t('profile.attention.wellNone')}</p>
        ) : (
          <ol className="finding-list finding-list--well">
            {well.map((row) => (
              <Finding key={row.indicator.id} row={row} model={model} kind="strength" />
            ))}
          </ol>
        )}
        {improving.length > 0 && (
          <p>
            {t('profile.attention.improving', {
              list: improving
                .map(
                  (r) =>
                    `${pickText(r.indicator.name, language)} (${t('profile.scorecard.changeSince', {
                      delta: delta(r.indicator, r.change!.delta),
                      year: r.change!.from.year,
                    })})`,
                )
                .join('; '),
            })}
          </p>
        )}
      </div>
    </section>
  );
}

function Finding({ row, model, kind }: { row: ScoreRow; model: ProfileModel; kind: 'concern' | 'strength' }) {
  const { t, language, value } = useProfileFormat();
  const name = pickText(row.indicator.name, language);
  const sentence = row.facts
    ? describeStanding({ ...row.facts, name }, language, (v) => value(row.indicator, v))
    : undefined;
  const labels = { peers: t(`profile.peers.${model.region.level}`), parent: model.parent?.name ?? '' };
  const tags =
    kind === 'concern'
      ? row.assessment.concerns.map((c) => t(`profile.attention.concern.${c}`, labels))
      : row.assessment.strengths.map((s) => t(`profile.attention.strength.${s}`, labels));
  return (
    <li className="finding" data-indicator={row.indicator.id}>
      <p className="finding__title">
        <strong>{name}</strong> <span className="finding__tags">{tags.join(' · ')}</span>
      </p>
      {sentence && <p className="finding__sentence">{sentence}</p>}
    </li>
  );
}
