import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useSelectionStore } from '../../store/selection-store';

const LINKS = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/region', key: 'nav.region', end: false },
  { to: '/compare', key: 'nav.compare', end: false },
  { to: '/rankings', key: 'nav.rankings', end: false },
  { to: '/sectors', key: 'nav.sectors', end: false },
  { to: '/data', key: 'nav.data', end: false },
  { to: '/import', key: 'nav.import', end: false },
] as const;

export function MainNav() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const region = useSelectionStore((s) => s.region);
  return (
    <nav id="main-nav" aria-label={t('nav.main')} className="main-nav">
      <ul>
        {LINKS.map((link) => {
          const to = link.to === '/region' && region ? `/region/${region}` : link.to;
          return (
            <li key={link.to}>
              {/* The query string carries the selection from page to page. */}
              <NavLink to={{ pathname: to, search }} end={link.end}>
                {t(link.key)}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
