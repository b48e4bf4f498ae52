import { useTranslation } from 'react-i18next';
import { useDataAge } from '../../data/use-data-age';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime } from '../../lib/format';
import { useOnline } from './use-online';

function useDataDateText(): string | null {
  const language = useLanguage();
  const dataDate = useDataAge();
  return dataDate === null ? null : formatDateTime(dataDate, language);
}

/** "Data per …": when the oldest data file on screen left its server. */
export function DataAgeNote() {
  const { t } = useTranslation();
  const date = useDataDateText();
  return date ? <p className="data-age">{t('offline.dataAsOf', { date })}</p> : null;
}

/**
 * With no connection, says that the figures come from this device and how old they are: the service
 * worker answers from its cache, whose responses keep the date of their original download.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  const date = useDataDateText();
  if (online) return null;
  return (
    <p className="notice notice--warning offline-notice" role="status">
      {date ? t('offline.offlineWithDate', { date }) : t('offline.offline')}
    </p>
  );
}
