import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import type { PriorityPart } from '../../../domain/sectors/priority';
import type { SectorsView } from '../sectors-params';
import { WeightsPanel } from './weights-panel';

interface SectorSettingsProps {
  analysis: SectorAnalysis;
  view: SectorsView;
  onChange: (view: SectorsView) => void;
  /** Parts the data cannot give here (no growth period, no need figures). */
  unavailable: readonly PriorityPart[];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function parseQuarter(value: string): SectorsView['quarter'] {
  const match = /^(\d{4})Q([1-4])$/.exec(value);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : undefined;
}

export function SectorSettings({ analysis, view, onChange, unavailable }: SectorSettingsProps) {
  const { t } = useTranslation();
  const id = useId();
  const annual = analysis.mode === 'annual';
  const fromYears = analysis.growthYears;
  const quarters = analysis.quarters ?? [];
  return (
    <div className="sectors-settings">
      <fieldset className="sectors-settings__group">
        <legend>{t('sectors.settings.legend')}</legend>
        <div className="field-row">
          {quarters.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-q`}>{t('sectors.settings.period')}</label>
              <select
                id={`${id}-q`}
                value={annual ? 'annual' : `${analysis.year}Q${analysis.quarter ?? 1}`}
                onChange={(e) => onChange({ ...view, quarter: parseQuarter(e.target.value) })}
              >
                {analysis.hasAnnual && <option value="annual">{t('sectors.settings.annual')}</option>}
                {quarters.map((q) => (
                  <option key={`${q.year}Q${q.quarter}`} value={`${q.year}Q${q.quarter}`}>
                    {t('sectors.period.quarterly', { roman: ROMAN[q.quarter - 1], year: q.year })} (
                    {t('sectors.period.preliminary')})
                  </option>
                ))}
              </select>
            </div>
          )}
          {annual && fromYears.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('sectors.settings.from')}</label>
              <select
                id={`${id}-from`}
                value={analysis.growth?.from ?? ''}
                onChange={(e) => onChange({ ...view, from: Number(e.target.value) })}
              >
                {fromYears.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          )}
          {annual && (
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('sectors.settings.to')}</label>
              <select
                id={`${id}-to`}
                value={analysis.year}
                onChange={(e) => onChange({ ...view, to: Number(e.target.value), from: undefined })}
              >
                {analysis.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-basis`}>{t('sectors.settings.basis')}</label>
            <select
              id={`${id}-basis`}
              value={analysis.basis}
              onChange={(e) => onChange({ ...view, basis: e.target.value as SectorsView['basis'] })}
            >
              {analysis.bases.map((b) => (
                <option key={b} value={b}>
                  {t(`sectors.settings.${b}`)}
                </option>
              ))}
            </select>
          </div>
          {analysis.referenceKinds.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-ref`}>{t('sectors.settings.ref')}</label>
              <select
                id={`${id}-ref`}
                value={analysis.reference.kind}
                onChange={(e) =>
                  onChange({
                    ...view,
                    ref: e.target.value as SectorsView['ref'],
                    from: undefined,
                    to: undefined,
                  })
                }
              >
                {analysis.referenceKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`sectors.referenceChoice.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {annual && analysis.growth && (
            <div className="field">
              <label htmlFor={`${id}-growth`}>{t('sectors.settings.growth')}</label>
              <select
                id={`${id}-growth`}
                value={view.growth}
                onChange={(e) => onChange({ ...view, growth: e.target.value as SectorsView['growth'] })}
              >
                <option value="cagr">{t('sectors.settings.cagr')}</option>
                <option value="mean">{t('sectors.settings.mean')}</option>
              </select>
            </div>
          )}
        </div>
        {analysis.basis === 'adhb' && <p className="muted">{t('sectors.settings.basisNote')}</p>}
      </fieldset>
      <WeightsPanel view={view} onChange={onChange} unavailable={unavailable} />
    </div>
  );
}
