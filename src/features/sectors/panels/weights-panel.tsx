import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_WEIGHTS,
  MAX_WEIGHT,
  PRIORITY_PARTS,
  type PriorityPart,
} from '../../../domain/sectors/priority';
import type { SectorsView } from '../sectors-params';

interface WeightsPanelProps {
  view: SectorsView;
  onChange: (view: SectorsView) => void;
  /** Parts the data cannot give here (no growth period, no need figures): their sliders are hidden. */
  unavailable: readonly PriorityPart[];
}

/** The score weights, folded away: the ranking is the answer, the weights are for those who ask. */
export function WeightsPanel({ view, onChange, unavailable }: WeightsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const shown = PRIORITY_PARTS.filter((part) => !unavailable.includes(part));
  return (
    <details className="sectors-settings__group sectors-weights">
      <summary>{t('sectors.weights.legend')}</summary>
      <p className="muted">{t('sectors.weights.help')}</p>
      {shown.map((part) => (
        <div className="sectors-weight" key={part}>
          <label htmlFor={`${id}-w-${part}`}>{t(`sectors.weights.${part}`)}</label>
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
      {unavailable.length > 0 && (
        <p className="muted sectors-weights__hidden">
          {t('sectors.weights.hidden', {
            parts: unavailable.map((part) => t(`sectors.weights.${part}`)).join(', '),
          })}
        </p>
      )}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange({ ...view, weights: DEFAULT_WEIGHTS })}
      >
        {t('sectors.weights.reset')}
      </button>
    </details>
  );
}
