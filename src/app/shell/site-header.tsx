import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/** One row on phones: the brand, the language and a menu button that opens the pages below it. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The menu remembers the page it was opened on, so following one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);

  return (
    <header className={open ? 'app-header app-header--open' : 'app-header'}>
      <Link to="/" className="brand">
        <span className="brand__title">{t('app.title')}</span>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </Link>
      <LanguageSwitch />
      <button
        type="button"
        className="button button--ghost menu-toggle"
        aria-expanded={open}
        aria-controls="main-nav"
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <span aria-hidden="true" className="menu-toggle__icon">
          {open ? '✕' : '☰'}
        </span>
        {t('app.menu')}
      </button>
      <MainNav />
    </header>
  );
}
