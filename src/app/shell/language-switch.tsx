import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSaveNotice, rememberLanguage } from '../../i18n/setup-i18n';
import { useLanguage } from '../../i18n/use-language';
import { useNoticeStore } from '../../store/notice-store';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const next = language === 'id' ? 'en' : 'id';

  useEffect(
    function markDocumentLanguage() {
      document.documentElement.lang = language;
    },
    [language],
  );

  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={next}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => {
        const notice = languageSaveNotice(rememberLanguage(next));
        if (notice) useNoticeStore.getState().addNotice(notice);
        void i18n.changeLanguage(next);
      }}
    >
      {t('app.switchLanguage')}
    </button>
  );
}
