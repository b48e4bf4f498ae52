import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CompareToggle } from '../../components/compare-toggle';
import { GradeMark } from '../../components/provenance/grade-mark';
import { SourceLink } from '../../components/provenance/source-link';
import { gradeOf } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { LocatorMap } from './locator-map';
import type { ProfileModel } from './profile-model';

/** Name, kind, province, the general facts (population, area, density) with their sources, and a locator map. */
export function ProfileHeader({ model }: { model: ProfileModel }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { region, parent } = model;
  const facts = model.rows.filter((r) => r.indicator.category === 'demography');
  return (
    <header className="page-header profile-header">
      <div className="profile-header__text">
        <p className="eyebrow">
          {t(`kind.${region.kind}`)} · <code>{region.code}</code>
        </p>
        <h1>{region.name}</h1>
        {parent && (
          <p>
            {t('page.region.partOf')} <Link to={`/region/${parent.code}`}>{parent.name}</Link>
          </p>
        )}
        {facts.length > 0 && (
          <dl className="profile-facts" aria-label={t('profile.factsLabel')}>
            {facts.map(({ indicator, latest }) => (
              <div key={indicator.id}>
                <dt>{pickText(indicator.name, language)}</dt>
                <dd>
                  {latest ? (
                    <>
                      <strong>{formatNumber(latest.value, language, indicator.decimals)}</strong>{' '}
                      <span className="unit">{pickText(indicator.unit, language)}</span>{' '}
                      <span className="muted">({latest.year})</span>
                      <GradeMark grade={gradeOf(indicator, latest)} />
                      <span className="profile-facts__source">
                        <SourceLink source={latest.source ?? indicator.source} />
                      </span>
                    </>
                  ) : (
                    <span className="missing">{t('profile.scorecard.noData')}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
        <HeaderActions model={model} />
      </div>
      <LocatorMap region={region} parent={parent} />
    </header>
  );
}

function HeaderActions({ model }: { model: ProfileModel }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { region } = model;
  const mapParams = new URLSearchParams(search);
  mapParams.set('region', region.code);
  mapParams.set('level', region.level);
  return (
    <div className="actions no-print">
      {region.level !== 'country' && (
        <>
          <Link className="button" to={{ pathname: '/', search: `?${mapParams.toString()}` }}>
            {t('page.region.showOnMap')}
          </Link>
          <CompareToggle code={region.code} />
        </>
      )}
      <button type="button" className="button button--ghost" onClick={() => window.print()}>
        {t('profile.print')}
      </button>
      <button type="button" className="button button--ghost" onClick={printBriefing}>
        {t('phone.printBriefing')}
      </button>
      <a className="button button--ghost" href="#share">
        {t('profile.share.title')}
      </a>
    </div>
  );
}

/** Prints only the first-screen answer (print.css hides the rest under `html.print-briefing`). */
function printBriefing() {
  const root = document.documentElement;
  const done = () => root.classList.remove('print-briefing');
  root.classList.add('print-briefing');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
