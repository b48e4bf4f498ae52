import { useTranslation } from 'react-i18next';
import type { RankedSector } from '../../../domain/sectors/priority';
import { SECTOR_NAMES } from '../../../domain/sectors/sector-codes';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import { toThemeGroups } from '../view-model/theme-groups';

export function ThemesPanel({ ranked }: { ranked: readonly RankedSector[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="section" aria-labelledby="sectors-themes-title">
      <h2 id="sectors-themes-title">{t('sectors.themes.title')}</h2>
      <p className="muted">{t('sectors.themes.intro')}</p>
      <div className="sectors-themes">
        {toThemeGroups(ranked).map((group) => (
          <div key={group.theme} className="sectors-theme">
            <h3>{t(`sectors.themes.${group.theme}`)}</h3>
            {group.sectors.length === 0 ? (
              <p className="muted">{t('sectors.themes.none')}</p>
            ) : (
              <ol>
                {group.sectors.map((s) => (
                  <li key={s.sector} className={s.leading ? 'is-leading' : undefined}>
                    {s.leading ? (
                      <strong>{SECTOR_NAMES[s.sector][language]}</strong>
                    ) : (
                      SECTOR_NAMES[s.sector][language]
                    )}{' '}
                    <span className="muted">
                      (#{s.rank}, {formatNumber(s.score, language, 1)})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
