import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';

export function SectorsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon title={t('page.sectors.title')}>
      <p>{t('page.sectors.comingSoon')}</p>
    </ComingSoon>
  );
}
