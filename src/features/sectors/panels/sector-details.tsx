import { useTranslation } from 'react-i18next';
import { SECTOR_THEMES } from '../../../domain/sectors/sector-codes';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import { verdictText } from '../sector-labels';
import type { PriorityRow } from '../view-model/priority-table';

/** The analysts' view of one sector, folded under its plain verdict; the glossary explains each term. */
export function SectorDetails({ row }: { row: PriorityRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { result } = row.ranked;
  const g = result.growth;
  const n = (value: number, digits = 2) => formatNumber(value, language, digits);
  return (
    <details className="sector-priority__details">
      <summary>{t('sectors.list.technical')}</summary>
      <dl className="sector-priority__facts">
        <dt>LQ</dt>
        <dd>{n(result.slq)}</dd>
        {g && (
          <>
            <dt>DLQ</dt>
            <dd>{n(g.dlq)}</dd>
            <dt>{t('sectors.list.slqDlq')}</dt>
            <dd>{t(`sectors.slqDlq.${g.slqDlq}`)}</dd>
            <dt>{t('sectors.list.klassen')}</dt>
            <dd>{t(`sectors.klassen.${g.klassen}`)}</dd>
            <dt>{t('sectors.list.shiftShare')}</dt>
            <dd>
              N {n(g.shift.reference, 1)} · M {n(g.shift.mix, 1)} · C {n(g.shift.competitive, 1)}{' '}
              {t('sectors.shiftShare.unit')}
            </dd>
            <dt>{t('sectors.list.verdict')}</dt>
            <dd>{verdictText(row.ranked, language)}</dd>
          </>
        )}
        <dt>{t('sectors.list.share')}</dt>
        <dd>{n(result.share * 100, 1)}</dd>
        <dt>{t('sectors.list.themes')}</dt>
        <dd>{SECTOR_THEMES[row.sector].map((theme) => t(`sectors.themes.${theme}`)).join(', ')}</dd>
      </dl>
      <p className="muted sector-priority__technical">{row.technical}</p>
    </details>
  );
}
