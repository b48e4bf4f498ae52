import { useTranslation } from 'react-i18next';
import type { RegionIndex } from '../../domain/region-index';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';

/** What the region list holds, counted from the data actually loaded, and where boundaries come from. */
export function RegionsCard({ index }: { index: RegionIndex }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regencies = index.atLevel('regency');
  const count = (n: number) => formatNumber(n, language);
  return (
    <article className="card" aria-labelledby="regions-card-title">
      <h2 id="regions-card-title">{t('page.data.regionsTitle')}</h2>
      <p>{t('page.data.regionsBody')}</p>
      <dl className="facts">
        <dt>{t('level.province')}</dt>
        <dd>{count(index.atLevel('province').length)}</dd>
        <dt>{t('level.regency')}</dt>
        <dd>
          {count(regencies.length)} ({count(regencies.filter((r) => r.kind === 'kabupaten').length)}{' '}
          {t('page.data.kabupaten')}, {count(regencies.filter((r) => r.kind === 'kota').length)}{' '}
          {t('page.data.kota')})
        </dd>
      </dl>
      <p className="muted">{t('page.data.boundariesBody')}</p>
    </article>
  );
}
