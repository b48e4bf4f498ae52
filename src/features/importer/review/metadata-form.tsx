import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_CATEGORIES,
  type Indicator,
  type IndicatorCategory,
  type Polarity,
} from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import { useLanguage } from '../../../i18n/use-language';
import type { MetaForm } from '../model/meta-form';

const POLARITIES: Polarity[] = ['higher-is-better', 'lower-is-better', 'neutral'];

interface MetadataFormProps {
  form: MetaForm;
  onChange: (form: MetaForm) => void;
  bundled: readonly Indicator[];
  /** The file names its indicators itself: only their dimension is asked. */
  categoryOnly: boolean;
}

export function MetadataForm({ form, onChange, bundled, categoryOnly }: MetadataFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const set = <K extends keyof MetaForm>(key: K, value: MetaForm[K]) => onChange({ ...form, [key]: value });
  const text = (key: 'name' | 'id' | 'unit' | 'source' | 'sourceUrl', type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`importer.meta.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={form[key]}
        required={key === 'name'}
        onChange={(e) => set(key, e.target.value)}
      />
    </div>
  );
  const category = (
    <div className="field">
      <label htmlFor={`${id}-category`}>
        {t(categoryOnly ? 'importer.meta.categoryOnly' : 'importer.meta.category')}
      </label>
      <select
        id={`${id}-category`}
        value={form.category}
        onChange={(e) => set('category', e.target.value as IndicatorCategory)}
      >
        {INDICATOR_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
  if (categoryOnly) return <div className="import-fieldset">{category}</div>;

  return (
    <fieldset className="import-fieldset">
      <legend>{t('importer.meta.title')}</legend>
      <p className="muted">{t('importer.meta.body')}</p>
      <div className="segmented" role="radiogroup" aria-label={t('importer.meta.mode')}>
        {(['new', 'existing'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={form.mode === mode}
              onChange={() => set('mode', mode)}
            />
            <span>{t(mode === 'new' ? 'importer.meta.modeNew' : 'importer.meta.modeExisting')}</span>
          </label>
        ))}
      </div>
      {form.mode === 'existing' ? (
        <div className="field">
          <label htmlFor={`${id}-existing`}>{t('importer.meta.existing')}</label>
          <select
            id={`${id}-existing`}
            value={form.existing}
            onChange={(e) => set('existing', e.target.value)}
          >
            {bundled.map((i) => (
              <option key={i.id} value={i.id}>
                {pickText(i.name, language)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="import-form-grid">
          {text('name')}
          {text('id')}
          {text('unit')}
          <div className="field">
            <label htmlFor={`${id}-polarity`}>{t('importer.meta.polarity')}</label>
            <select
              id={`${id}-polarity`}
              value={form.polarity}
              onChange={(e) => set('polarity', e.target.value as Polarity)}
            >
              {POLARITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`polarity.${p}`)}
                </option>
              ))}
            </select>
          </div>
          {category}
          {text('source')}
          {text('sourceUrl', 'url')}
        </div>
      )}
    </fieldset>
  );
}
