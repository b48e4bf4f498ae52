import { useTranslation } from 'react-i18next';
import { sectorGuideEn, sectorGuideId } from '../../../i18n/features/sector-guide';
import { registerFeatureMessages } from '../../../i18n/setup-i18n';

registerFeatureMessages('sectorGuide', { id: sectorGuideId, en: sectorGuideEn });

const TERMS = Object.keys(sectorGuideId.terms) as (keyof typeof sectorGuideId.terms)[];

/** Every term the page uses, explained in plain words (Indonesian, or English when chosen). */
export function Glossary() {
  const { t } = useTranslation();
  return (
    <section className="section sectors-glossary" id="istilah" aria-labelledby="sectors-glossary-title">
      <h2 id="sectors-glossary-title">{t('sectorGuide.title')}</h2>
      <p className="muted">{t('sectorGuide.intro')}</p>
      <dl>
        {TERMS.map((key) => (
          <div key={key} className="sectors-glossary__entry">
            <dt>{t(`sectorGuide.terms.${key}.term`)}</dt>
            <dd>{t(`sectorGuide.terms.${key}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
