import { Link } from 'react-router';
import { CategoryBadge } from '../../../components/provenance/category-badge';
import { GradeMark } from '../../../components/provenance/grade-mark';
import { SourceLink } from '../../../components/provenance/source-link';
import { gradeOf } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import { BandScale, positionOnScale } from './band-scale';
import { SupersededValue } from './superseded-value';
import { nextBand, type ProfileModel, type ScoreRow } from '../profile-model';
import { useProfileFormat } from '../use-profile-format';

/**
 * Governance indicators on their official scales, a card each where something is published; the
 * assessments without a figure share one line saying what is missing and how a region can supply it.
 */
export function ServicesSection({ model }: { model: ProfileModel }) {
  const { t, language } = useProfileFormat();
  const rows = model.rows.filter((r) => r.indicator.category === 'governance');
  if (rows.length === 0) return null;
  const shown = rows.filter((r) => r.latest || r.latestCategory);
  const missing = rows.filter((r) => !r.latest && !r.latestCategory);
  return (
    <section className="section profile-section" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('profile.services.title')}</h2>
      <p className="muted">{t('profile.services.intro')}</p>
      {shown.length > 0 && (
        <ul className="service-list">
          {shown.map((row) => (
            <ServiceItem key={row.indicator.id} row={row} />
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className="services-missing">
          {t('profileIpm.services.missingLine', {
            list: missing.map((r) => pickText(r.indicator.name, language)).join('; '),
          })}{' '}
          <Link to="/import">{t('profileIpm.services.importLink')}</Link> ·{' '}
          <Link to="/data">{t('profileIpm.services.dataLink')}</Link>.
        </p>
      )}
    </section>
  );
}

function ServiceItem({ row }: { row: ScoreRow }) {
  const { t, language, value } = useProfileFormat();
  const { indicator, latest, latestCategory, band } = row;
  const name = pickText(indicator.name, language);
  // Under a newer published zone the zone leads, with its own source; the old number is history.
  const shown = row.superseded ? latestCategory : (latest ?? latestCategory);
  const next = latest && band ? nextBand(band, latest.value, indicator.polarity) : undefined;
  return (
    <li className="service-item" data-indicator={indicator.id}>
      <h3 className="service-item__name">{name}</h3>
      {shown && (
        <>
          {row.superseded && latestCategory ? (
            <SupersededValue row={row} />
          ) : (
            <>
              <p className="service-item__value">
                {latest && (
                  <>
                    <strong>{value(indicator, latest.value)}</strong>{' '}
                    <span className="unit">{pickText(indicator.unit, language)}</span>{' '}
                  </>
                )}
                <span className="muted">({shown.year})</span>
                <GradeMark grade={gradeOf(indicator, shown)} />{' '}
                {latestCategory && (
                  <span className="service-item__category">
                    <CategoryBadge indicator={indicator} observation={latestCategory} />
                    {latestCategory.year !== shown.year && (
                      <span className="muted"> ({latestCategory.year})</span>
                    )}
                  </span>
                )}
              </p>
              {latest && band && (
                <>
                  <p className="muted">{t('profile.services.scale', { year: latest.year })}</p>
                  <BandScale
                    bands={band.bands}
                    current={band.index}
                    position={positionOnScale(band.bands, band.index, latest.value)}
                    language={language}
                    label={`${name} ${value(indicator, latest.value)}: ${pickText(band.band.label, language)}`}
                  />
                  {next ? (
                    <p>
                      {t('profile.services.next', {
                        distance: value(indicator, next.distance),
                        band: pickText(next.band.label, language),
                        threshold: value(indicator, next.threshold),
                      })}
                    </p>
                  ) : (
                    <p>{t('profile.services.top')}</p>
                  )}
                </>
              )}
            </>
          )}
          <p className="source-note">
            {t('source.label')}: <SourceLink source={shown.source ?? indicator.source} />
            {shown.note && <span className="muted"> · {shown.note}</span>}
          </p>
        </>
      )}
    </li>
  );
}
