import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportedSet } from '../../data/import/imported-set';
import { pickText } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { setSummary } from './model/set-summary';

interface ImportedListProps {
  sets: readonly ImportedSet[];
  onExport: (set: ImportedSet) => void;
  onReplace: (set: ImportedSet) => void;
  onRemove: (set: ImportedSet) => void;
  nameOf: (code: RegionCode) => string;
  indicatorName: (id: string) => string;
}

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

export function ImportedList({
  sets,
  onExport,
  onReplace,
  onRemove,
  nameOf,
  indicatorName,
}: ImportedListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="section" aria-labelledby="imported-heading">
      <h2 id="imported-heading">{t('importer.list.title')}</h2>
      {sets.length === 0 ? (
        <p className="muted">{t('importer.list.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table imported-table">
            <thead>
              <tr>
                <th scope="col">{t('importer.list.file')}</th>
                <th scope="col">{t('importer.list.kind')}</th>
                <th scope="col">{t('importer.list.date')}</th>
                <th scope="col" className="num">
                  {t('importer.list.rows')}
                </th>
                <th scope="col">{t('importer.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sets.map((set) => (
                <tr key={set.id}>
                  <th scope="row">
                    <div className="imported-table__name">
                      <span className="imported-table__file">{set.fileName}</span>
                      <span className="muted imported-table__summary">
                        {setSummary(set, language, nameOf, indicatorName)}
                      </span>
                      {set.kind === 'indicator' &&
                        set.indicators.map((i) => (
                          <Link
                            key={i.definition.id}
                            to={`/?indicator=${i.definition.id}${i.observations.some((o) => o.region.includes('.')) ? '&level=regency' : ''}`}
                            className="imported-table__link"
                          >
                            {t('importer.list.showOnMap', { name: pickText(i.definition.name, language) })}
                          </Link>
                        ))}
                    </div>
                  </th>
                  <td>{t(`importer.kind.${set.kind}`)}</td>
                  <td>{date.format(new Date(set.importedAt))}</td>
                  <td className="num">{formatNumber(set.rowCount, language)}</td>
                  <td>
                    <div className="actions actions--compact">
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t('importer.list.exportLabel', { file: set.fileName })}
                        onClick={() => onExport(set)}
                      >
                        {t('importer.list.export')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t('importer.list.replaceLabel', { file: set.fileName })}
                        onClick={() => onReplace(set)}
                      >
                        {t('importer.list.replace')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t('importer.list.removeLabel', { file: set.fileName })}
                        onClick={() => onRemove(set)}
                      >
                        {t('importer.list.remove')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
