import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmbiguousName, RegionChoices as Choices } from '../../../data/import/files/draft-rows';
import type { RegionCode } from '../../../domain/region';

interface RegionChoicesProps {
  names: readonly AmbiguousName[];
  choices: Choices;
  onChange: (text: string, code: RegionCode | null) => void;
}

/**
 * One select per shared name (which region the file means) and per unknown name with suggestions
 * (accept one, or leave its rows out).
 */
export function RegionChoices({ names, choices, onChange }: RegionChoicesProps) {
  const { t } = useTranslation();
  const id = useId();
  if (names.length === 0) return null;
  return (
    <fieldset className="import-fieldset">
      <legend>{t('importer.regions.title')}</legend>
      <p className="muted">{t('importer.regions.body')}</p>
      <p className="muted">{t('importer.regions.remembered')}</p>
      {names.map((name, i) => (
        <div className="field" key={name.text}>
          <label htmlFor={`${id}-${i}`}>
            {name.suggested ? t('importer.regions.unknown', { text: name.text }) : `“${name.text}”`} ·{' '}
            {t('importer.regions.rows', { count: name.rows })}
          </label>
          <select
            id={`${id}-${i}`}
            value={choices[name.text] ?? ''}
            onChange={(e) => onChange(name.text, (e.target.value || null) as RegionCode | null)}
          >
            {name.candidates.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
            <option value="">{t('importer.regions.skip')}</option>
          </select>
        </div>
      ))}
    </fieldset>
  );
}
