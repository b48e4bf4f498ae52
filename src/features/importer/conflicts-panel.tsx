import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportedIndicator } from '../../data/import/files/indicator/finish-indicator-import';
import type { ImportedSet } from '../../data/import/imported-set';
import type { ImportsHandle } from '../../data/import/local-imports-context';
import { findConflicts } from '../../data/merged/find-conflicts';
import { findSectorConflicts } from '../../data/merged/find-sector-conflicts';
import { pickText } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import type { SectorValue } from '../../domain/sectors/sector-value';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber, formatValue } from '../../lib/format';

interface ConflictRow {
  key: string;
  region: string;
  period: string;
  imported: string;
  bundled: string;
  useBundled: boolean;
}

/** Both values side by side, and which one every view uses; the imported one unless the user says otherwise. */
function ConflictsTable({
  title,
  rows,
  onChoose,
}: {
  title: string;
  rows: readonly ConflictRow[];
  onChoose: (keys: string[], useBundled: boolean) => void;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section className="panel panel--warning import-conflicts" aria-label={title}>
      <h3>{title}</h3>
      <p>{t('importer.conflicts.body', { count: rows.length })}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            onChoose(
              rows.map((c) => c.key),
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
            onChoose(
              rows.map((c) => c.key),
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
            {rows.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.region}</th>
                <td className="num">{c.period}</td>
                <td className="num">{c.imported}</td>
                <td className="num">{c.bundled}</td>
                <td>
                  <select
                    aria-label={`${t('importer.conflicts.use')}: ${c.region} ${c.period}`}
                    value={c.useBundled ? 'bundled' : 'imported'}
                    onChange={(e) => onChoose([c.key], e.target.value === 'bundled')}
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

interface ConflictsProps {
  set: ImportedSet;
  handle: ImportsHandle;
  sourceKey: string;
  nameOf: (code: RegionCode) => string;
}

/** Where a file's values of a bundled indicator disagree with the bundled ones. */
export function IndicatorConflicts({
  set,
  imported,
  handle,
  sourceKey,
  nameOf,
}: ConflictsProps & { imported: ImportedIndicator }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = imported.definition.id;
  const bundled = useQuery({
    queryKey: ['import-bundled-observations', sourceKey, id],
    queryFn: ({ signal }) => handle.base.observations(id, signal),
    staleTime: Infinity,
  });
  if (!bundled.data) return null;
  const value = (v: number | null) =>
    formatValue(v, language, imported.definition.decimals, t('state.noData'));
  const rows = findConflicts(id, imported.observations, bundled.data.rows, set.preferBundled).map((c) => ({
    key: c.key,
    region: nameOf(c.region),
    period: String(c.year),
    imported: value(c.imported),
    bundled: value(c.bundled),
    useBundled: c.useBundled,
  }));
  return (
    <ConflictsTable
      title={t('importer.conflicts.title', { indicator: pickText(imported.definition.name, language) })}
      rows={rows}
      onChoose={(keys, useBundled) => void handle.local.preferBundled(set.id, keys, useBundled)}
    />
  );
}

/** Where a file's PDRB tables differ from the bundled tables of the same region, period and basis. */
export function SectorConflicts({
  set,
  handle,
  sourceKey,
  nameOf,
  values,
}: ConflictsProps & { values: readonly SectorValue[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bundled = useQuery({
    queryKey: ['import-bundled-sectors', sourceKey],
    queryFn: ({ signal }) => (handle.base.sectors ? handle.base.sectors(signal) : { rows: [], issues: [] }),
    staleTime: Infinity,
  });
  if (!bundled.data) return null;
  const rows = findSectorConflicts(values, bundled.data.rows, set.preferBundled).map((c) => ({
    key: c.key,
    region: nameOf(c.region),
    period: `${c.year}${c.quarter ? ` Q${c.quarter}` : ''} · ${c.basis.toUpperCase()}`,
    imported: formatNumber(c.imported, language, 2),
    bundled: formatNumber(c.bundled, language, 2),
    useBundled: c.useBundled,
  }));
  return (
    <ConflictsTable
      title={t('importer.conflicts.title', { indicator: t('importer.kind.sectors') })}
      rows={rows}
      onChoose={(keys, useBundled) => void handle.local.preferBundled(set.id, keys, useBundled)}
    />
  );
}
