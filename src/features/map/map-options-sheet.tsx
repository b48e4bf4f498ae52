import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The map's controls behind one button on phones, so the map itself is in the first screen; on wider
 * screens the button is hidden and the controls always show (phone.css).
 */
export function MapOptionsSheet({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={open ? 'map-options map-options--open' : 'map-options'}>
      <button
        type="button"
        className="button button--ghost map-options__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        {t('phone.mapOptions')}
        <span className="map-options__hint">({t('phone.mapOptionsHint')})</span>
      </button>
      <div id={id} className="map-options__body">
        {children}
      </div>
    </div>
  );
}

/** On a phone the map may sit below the search: a chosen region scrolls it (and the card after it) into view. */
export function bringIntoViewOnPhone(element: HTMLElement | null): void {
  if (!element || !window.matchMedia?.('(max-width: 759px)').matches) return;
  element.scrollIntoView?.({ block: 'start' });
}
