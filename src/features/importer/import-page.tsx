import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/states/query-boundary';
import { useDataSource } from '../../data/data-source-context';
import type { FileKind } from '../../data/import/files/columns';
import { readImportLines, type ImportOutcome, type ReadFile } from '../../data/import/files/import-file';
import { readFileLines } from '../../data/import/files/read-file-lines';
import type { FileProblem } from '../../data/import/import-issue';
import { newSetId, type ImportedSet } from '../../data/import/imported-set';
import { useImportedSets, useImportsHandle, useStorageStatus } from '../../data/import/local-imports-context';
import { checkFile } from '../../data/import/files/read-table';
import { useIndicators, useRegionIndex } from '../../data/queries';
import { pickText } from '../../domain/localized';
import type { RegionCode } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { IndicatorConflicts, SectorConflicts } from './conflicts-panel';
import { FilePicker } from './file-picker';
import { problemText } from './model/issue-text';
import { setToCsvTable } from './model/set-to-csv';
import { templateTable } from './model/template-table';
import { ImportReview } from './review/import-review';
import { ImportedList } from './imported-list';
import './importer.css';
import { importerEn, importerId } from '../../i18n/features/importer';
import { registerFeatureMessages } from '../../i18n/setup-i18n';

registerFeatureMessages('importer', { id: importerId, en: importerEn });

type Stage =
  | { step: 'idle' }
  | { step: 'problem'; fileName: string; problem: FileProblem }
  | { step: 'review'; fileName: string; read: ReadFile };

const KINDS: FileKind[] = ['indicator', 'targets', 'sectors'];

export function ImportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const source = useDataSource();
  const handle = useImportsHandle();
  const sets = useImportedSets(handle.local);
  const status = useStorageStatus(handle.local);
  const { query: regionsQuery, index } = useRegionIndex();
  const catalogueQuery = useIndicators();
  const bundledQuery = useQuery({
    queryKey: ['import-bundled-indicators', source.key],
    queryFn: ({ signal }) => handle.base.indicators(signal),
    staleTime: Infinity,
  });
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [replacing, setReplacing] = useState<ImportedSet | null>(null);
  const [message, setMessage] = useState('');
  const nameOf = (code: RegionCode) => index?.byCode.get(code)?.name ?? code;

  async function readFile(file: File) {
    setMessage('');
    const problem = checkFile(file);
    if (problem) return setStage({ step: 'problem', fileName: file.name, problem });
    if (!regionsQuery.data) return;
    const lines = await readFileLines(file);
    const read =
      'problem' in lines
        ? lines
        : readImportLines(
            lines.lines,
            regionsQuery.data.rows,
            new Date().getFullYear(),
            bundledQuery.data?.rows ?? [],
          );
    setStage(
      'problem' in read
        ? { step: 'problem', fileName: file.name, problem: read.problem }
        : { step: 'review', fileName: file.name, read },
    );
  }

  async function keep(fileName: string, outcome: ImportOutcome) {
    const set: ImportedSet = {
      ...outcome.content,
      id: newSetId(new Date()),
      fileName,
      importedAt: new Date().toISOString(),
      rowCount: outcome.validRows,
      preferBundled: [],
    };
    if (replacing) await handle.local.replace(replacing.id, set);
    else await handle.local.add(set);
    setReplacing(null);
    setStage({ step: 'idle' });
    setMessage(t('importer.list.imported', { file: fileName, count: outcome.validRows }));
  }

  const download = (filename: string, table: { header: string[]; rows: Parameters<typeof toCsv>[1] }) =>
    downloadText(filename, toCsv(table.header, table.rows, language), 'text/csv;charset=utf-8');

  return (
    <section className="page page--import">
      <header className="page-header">
        <h1>{t('importer.title')}</h1>
        <p className="muted">{t('importer.intro')}</p>
      </header>
      {!status.persistent && (
        <p className="panel panel--warning" role="status">
          {t(`importer.storage.${status.problem}`)}
        </p>
      )}
      <QueryStatus query={regionsQuery} what={t('resource.regions')} />
      <QueryStatus query={bundledQuery} what={t('resource.indicators')} />

      <section className="section" aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t('importer.templates.title')}</h2>
        <p className="muted">{t('importer.templates.body')}</p>
        <div className="actions">
          {KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="button button--ghost"
              onClick={() => download(`templat-${kind}_${language}.csv`, templateTable(kind))}
            >
              {t(`importer.templates.${kind}`)}
            </button>
          ))}
        </div>
      </section>

      {regionsQuery.data && (
        <div className="section">
          {replacing && (
            <p role="status">
              {t('importer.pick.replacing', { file: replacing.fileName })}{' '}
              <button type="button" className="link-button" onClick={() => setReplacing(null)}>
                {t('importer.pick.cancelReplace')}
              </button>
            </p>
          )}
          <FilePicker label={t('importer.pick.label')} onFile={(file) => void readFile(file)} />
        </div>
      )}

      {stage.step === 'problem' && (
        <section className="panel panel--error" role="alert">
          <h2>{t('importer.problem.title', { file: stage.fileName })}</h2>
          <p>{problemText(stage.problem, t, language)}</p>
        </section>
      )}
      {stage.step === 'review' && index && bundledQuery.data && (
        <ImportReview
          key={stage.fileName}
          read={stage.read}
          fileName={stage.fileName}
          bundled={bundledQuery.data.rows}
          catalogue={catalogueQuery.data?.rows ?? bundledQuery.data.rows}
          index={index}
          replacing={replacing !== null}
          handle={handle}
          sourceKey={source.key}
          onImport={(outcome) => void keep(stage.fileName, outcome)}
          onCancel={() => setStage({ step: 'idle' })}
        />
      )}
      {message && (
        <p className="panel panel--info" role="status">
          {message}
        </p>
      )}

      <ImportedList
        sets={sets}
        nameOf={nameOf}
        indicatorName={(id) => {
          const found = catalogueQuery.data?.rows.find((i) => i.id === id);
          return found ? pickText(found.name, language) : id;
        }}
        onExport={(set) =>
          download(
            `${set.fileName.replace(/\.[^.]+$/, '')}_ekspor_${language}.csv`,
            setToCsvTable(set, nameOf),
          )
        }
        onReplace={(set) => {
          setReplacing(set);
          setStage({ step: 'idle' });
        }}
        onRemove={(set) => {
          void handle.local.remove(set.id);
          setMessage(t('importer.list.removed', { file: set.fileName }));
        }}
      />
      {sets.flatMap((set) => {
        const common = { set, handle, sourceKey: source.key, nameOf };
        if (set.kind === 'sectors') return [<SectorConflicts key={set.id} {...common} values={set.values} />];
        if (set.kind !== 'indicator') return [];
        return set.indicators
          .filter((i) => !i.isNew)
          .map((i) => <IndicatorConflicts key={`${set.id}-${i.definition.id}`} {...common} imported={i} />);
      })}
    </section>
  );
}
