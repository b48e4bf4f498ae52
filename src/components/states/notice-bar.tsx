import { useTranslation } from 'react-i18next';
import { useNoticeStore } from '../../store/notice-store';

export function NoticeBar() {
  const { t } = useTranslation();
  const notices = useNoticeStore((s) => s.notices);
  const dismissNotice = useNoticeStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`}>
          <span>{t(notice.messageKey, notice.params)}</span>
          {notice.action && (
            <button type="button" className="button" onClick={notice.action.run}>
              {t(notice.action.labelKey)}
            </button>
          )}
          <button
            type="button"
            className="button button--ghost"
            aria-label={t('state.dismiss')}
            onClick={() => dismissNotice(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
