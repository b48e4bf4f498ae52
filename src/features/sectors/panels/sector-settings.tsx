import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import {
  DEFAULT_WEIGHTS,
  MAX_WEIGHT,
  PRIORITY_PARTS,
  type PriorityPart,
} from '../../../domain/sectors/priority';
import type { SectorsView } from '../sectors-params';

interface SectorSettingsProps {
  analysis: SectorAnalysis;
  view: SectorsView;
  onChange: (view: SectorsView) => void;
  /** Parts the data cannot give here (no growth period, no need figures). */
  unavailable: readonly PriorityPart[];
}

export function SectorSettings({ analysis, view, onChange, unavailable }: SectorSettingsProps) {
  const { t } = useTranslation();
  const id = useId();
  const annual = analysis.mode === 'annual';
  const fromYears = analysis.growthYears;
  return (
    <div className="sectors-settings">
      <fieldset className="sectors-settings__group">
        <legend>{t('sectors.settings.legend')}</legend>
        <div className="field-row">
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
      <fieldset className="sectors-settings__group sectors-weights">
        <legend>{t('sectors.weights.legend')}</legend>
        <p className="muted">{t('sectors.weights.help')}</p>
        {PRIORITY_PARTS.map((part) => (
          <div className="sectors-weight" key={part}>
            <label htmlFor={`${id}-w-${part}`}>
              {t(`sectors.weights.${part}`)}
              {unavailable.includes(part) && (
                <span className="muted"> ({t('sectors.weights.unavailable')})</span>
              )}
            </label>
            <input
              id={`${id}-w-${part}`}
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={5}
              value={view.weights[part]}
              onChange={(e) =>
                onChange({ ...view, weights: { ...view.weights, [part]: Number(e.target.value) } })
              }
            />
            <output htmlFor={`${id}-w-${part}`}>{view.weights[part]}</output>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ ...view, weights: DEFAULT_WEIGHTS })}
        >
          {t('sectors.weights.reset')}
        </button>
      </fieldset>
    </div>
  );
}
