import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/coming-soon';

export function RankingsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon title={t('page.rankings.title')}>
      <p>{t('page.rankings.comingSoon')}</p>
    </ComingSoon>
  );
}
