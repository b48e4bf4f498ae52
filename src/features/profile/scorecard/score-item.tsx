import { CategoryBadge } from '../../../components/provenance/category-badge';
import { DistributionStrip } from '../../../components/charts/distribution-strip';
import { GradeMark } from '../../../components/provenance/grade-mark';
import { SourceLink } from '../../../components/provenance/source-link';
import { gradeOf } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { ProfileModel, ScoreRow } from '../profile-model';
import { ChangeLine, RankLines, TargetLine } from './score-parts';
import { SupersededValue } from '../sections/superseded-value';
import { useProfileFormat } from '../use-profile-format';

/** One indicator of the scorecard: newest value, change, class, ranks, benchmarks, spread, target, source. */
export function ScoreItem({ row, model }: { row: ScoreRow; model: ProfileModel }) {
  const { t, language, value } = useProfileFormat();
  const { indicator, latest, latestCategory } = row;
  const name = pickText(indicator.name, language);
  const unit = pickText(indicator.unit, language);
  const shown = row.superseded ? latestCategory : (latest ?? latestCategory);
  const categoryIsNewer = latestCategory && (!latest || latestCategory.year >= latest.year);
  return (
    <li className="score-item" data-indicator={indicator.id}>
      <h4 className="score-item__name">{name}</h4>
      {row.superseded ? (
        // A newer published zone leads; the older score is history (see SupersededValue).
        <SupersededValue row={row} />
      ) : (
        <>
          <p className="score-item__value">
            {latest ? (
              <>
                <strong>{value(indicator, latest.value)}</strong> <span className="unit">{unit}</span>{' '}
                <span className="score-item__year">({latest.year})</span>
              </>
            ) : (
              <span className="score-item__year">({latestCategory!.year})</span>
            )}
            {shown && <GradeMark grade={gradeOf(indicator, shown)} />}
          </p>
          {categoryIsNewer && latestCategory && (
            <p>
              {t('profile.scorecard.category')}:{' '}
              <CategoryBadge indicator={indicator} observation={latestCategory} />
              {latest && latestCategory.year !== latest.year && (
                <span className="muted"> ({latestCategory.year})</span>
              )}
            </p>
          )}
          {row.band && (
            <p>
              {t('profile.scorecard.band')}
              {row.superseded && latest && ` (${latest.year})`}:{' '}
              <span className="band-label">{pickText(row.band.band.label, language)}</span>
            </p>
          )}
        </>
      )}
      {latest && <ChangeLine row={row} />}
      {latest && <RankLines row={row} model={model} />}
      {latest && (row.parent || row.country) && (
        <p className="score-item__benchmarks">
          {t('profile.scorecard.benchmarks', { year: latest.year })}:{' '}
          {[row.parent, row.country]
            .filter((b) => b !== undefined)
            .map((b, i) => (
              <span key={b.region.code} className="benchmark">
                {i > 0 && ' · '}
                {b.region.name}{' '}
                <strong>
                  {b.observation ? value(indicator, b.observation.value) : t('profile.scorecard.noData')}
                </strong>
              </span>
            ))}
        </p>
      )}
      {latest && row.peers.length > 1 && (
        <DistributionStrip
          points={row.peers}
          highlight={[
            ...siblingsOf(row, model).map((code) => ({
              code,
              role: 'province' as const,
              label: model.parent?.name,
            })),
            { code: model.region.code, role: 'self', label: model.region.name },
          ]}
          polarity={indicator.polarity}
          decimals={indicator.decimals}
          label={t('profile.scorecard.strip', { indicator: name, year: latest.year })}
        />
      )}
      {row.target && <TargetLine row={row} />}
      <p className="source-note">
        {t('source.label')}: <SourceLink source={shown?.source ?? indicator.source} />
        {shown?.flags?.map((flag) => (
          <span key={flag} className="flag">
            {' '}
            · {t(`source.flags.${flag}`)}
          </span>
        ))}
      </p>
    </li>
  );
}

/** The other regencies/cities of the same province, highlighted beside the region itself. */
function siblingsOf(row: ScoreRow, model: ProfileModel): string[] {
  const { region } = model;
  if (region.level !== 'regency' || !region.parent) return [];
  return row.peers
    .map((p) => p.code)
    .filter((code) => code !== region.code && code.startsWith(`${region.parent}.`));
}
