import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportedIndicator } from '../../data/import/indicator-file';
import type { ImportedSet } from '../../data/import/imported-set';
import type { ImportsHandle } from '../../data/import/local-imports-context';
import { findConflicts } from '../../data/merged-provider';
import { pickText } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import { formatValue } from '../../lib/format';

interface ConflictsPanelProps {
  set: ImportedSet;
  imported: ImportedIndicator;
  handle: ImportsHandle;
  sourceKey: string;
  nameOf: (code: RegionCode) => string;
}

/** Where a file and the bundled data disagree: both values side by side, and which one the views use. */
export function ConflictsPanel({ set, imported, handle, sourceKey, nameOf }: ConflictsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = imported.definition.id;
  const bundled = useQuery({
    queryKey: ['import-bundled-observations', sourceKey, id],
    queryFn: ({ signal }) => handle.base.observations(id, signal),
    staleTime: Infinity,
  });
  if (!bundled.data) return null;
  const conflicts = findConflicts(id, imported.observations, bundled.data.rows, set.preferBundled);
  if (conflicts.length === 0) return null;
  const { decimals } = imported.definition;
  const value = (v: number | null) => formatValue(v, language, decimals, t('state.noData'));
  const choose = (keys: string[], useBundled: boolean) =>
    void handle.local.preferBundled(set.id, keys, useBundled);
  const name = pickText(imported.definition.name, language);
  return (
    <section
      className="panel panel--warning import-conflicts"
      aria-label={t('importer.conflicts.title', { indicator: name })}
    >
      <h3>{t('importer.conflicts.title', { indicator: name })}</h3>
      <p>{t('importer.conflicts.body', { count: conflicts.length })}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            choose(
              conflicts.map((c) => c.key),
              false,
            )
          }
        >
          {t('importer.conflicts.allImported')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            choose(
              conflicts.map((c) => c.key),
              true,
            )
          }
        >
          {t('importer.conflicts.allBundled')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('importer.preview.region')}</th>
              <th scope="col" className="num">
                {t('importer.preview.year')}
              </th>
              <th scope="col" className="num">
                {t('importer.conflicts.imported')}
              </th>
              <th scope="col" className="num">
                {t('importer.conflicts.bundled')}
              </th>
              <th scope="col">{t('importer.conflicts.use')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.key}>
                <th scope="row">{nameOf(c.region)}</th>
                <td className="num">{c.year}</td>
                <td className="num">{value(c.imported)}</td>
                <td className="num">{value(c.bundled)}</td>
                <td>
                  <select
                    aria-label={`${t('importer.conflicts.use')}: ${nameOf(c.region)} ${c.year}`}
                    value={c.useBundled ? 'bundled' : 'imported'}
                    onChange={(e) => choose([c.key], e.target.value === 'bundled')}
                  >
                    <option value="imported">{t('importer.conflicts.useImported')}</option>
                    <option value="bundled">{t('importer.conflicts.useBundled')}</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
