import type { ProfileModel, ScoreRow } from '../profile-model';
import { useProfileFormat } from '../use-profile-format';

const ARROW = { up: '▲', down: '▼', flat: '■' } as const;

/** "+0,95 sejak 2023 · membaik", coloured by polarity (never for neutral indicators), with both years named. */
export function ChangeLine({ row }: { row: ScoreRow }) {
  const { t, delta } = useProfileFormat();
  const { change, indicator } = row;
  if (!change) return <p className="score-item__change muted">{t('profile.scorecard.singleYear')}</p>;
  if (change.incomparable) {
    return (
      <p className="score-item__change muted">
        {t(`profile.scorecard.incomparable.${change.incomparable}`, {
          from: change.from.year,
          to: change.to.year,
        })}
      </p>
    );
  }
  const verdict = t(`profile.scorecard.verdict.${change.verdict}`);
  return (
    <p className={`score-item__change change change--${change.verdict}`}>
      <span aria-hidden="true">{ARROW[change.movement]} </span>
      {t('profile.scorecard.changeSince', { delta: delta(indicator, change.delta), year: change.from.year })}
      {verdict && ` · ${verdict}`}
    </p>
  );
}

/** Rank within the province and within the level, with the quarter; ties already share a rank. */
export function RankLines({ row, model }: { row: ScoreRow; model: ProfileModel }) {
  const { t } = useProfileFormat();
  const { region, parent } = model;
  if (row.indicator.polarity === 'neutral') {
    return <p className="muted score-item__rank">{t('profile.scorecard.noRank')}</p>;
  }
  if (region.level === 'country') return null;
  return (
    <ul className="score-item__ranks">
      {row.parentRank && parent && (
        <li>{t('profile.scorecard.rankParent', { ...row.parentRank, parent: parent.name })}</li>
      )}
      {row.levelRank && (
        <li>
          {t(`profile.scorecard.rankLevel.${region.level}`, { ...row.levelRank })}
          {row.levelQuartile && (
            <span className={`quartile quartile--${row.levelQuartile}`}>
              {' '}
              · {t(`profile.scorecard.quartile.${row.levelQuartile}`)}
            </span>
          )}
        </li>
      )}
    </ul>
  );
}

export function TargetLine({ row }: { row: ScoreRow }) {
  const { t, value } = useProfileFormat();
  const { target, indicator } = row;
  if (!target) return null;
  const good = target.status === 'met' || target.status === 'on-track';
  const bad = target.status === 'missed' || target.status === 'off-track';
  return (
    <p className={`score-item__target ${good ? 'change--improving' : bad ? 'change--worsening' : ''}`}>
      {t('profile.scorecard.target', {
        status: t(`profile.scorecard.targetStatus.${target.status}`),
        year: target.target.year,
        value: value(indicator, target.target.value),
      })}
      {target.gap > 0 && ` (${t('profile.scorecard.targetGap', { gap: value(indicator, target.gap) })})`}
      {target.target.source && <span className="muted"> · {target.target.source.name}</span>}
    </p>
  );
}
