import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataSourceContext, type DataSource } from '../data/data-source-context';
import { createHttpProvider } from '../data/http-provider';
import { createLocalImports } from '../data/import/local-imports';
import { LocalImportsContext, useRefetchOnImport } from '../data/import/local-imports-context';
import { createMergedProvider } from '../data/merged/merged-provider';
import { LoadingState } from '../components/states/loading-state';
import { useNoticeStore } from '../store/notice-store';
import { configQuery } from './first-screen-prefetch';

const openImportStorage = () =>
  import('../data/import/import-storage').then((storage) => storage.openImportStorage());

/** Why config.json could not be read, in words, by the fetch fault load-config reports. */
const CONFIG_FETCH_FAULTS: Partial<Record<string, string>> = {
  network: 'hardening.config.network',
  http: 'hardening.config.http',
  timeout: 'hardening.config.timeout',
  'not-json': 'hardening.config.notJson',
  html: 'hardening.config.html',
  'too-large': 'hardening.config.tooLarge',
};

/** Reads config.json once, then gives every feature the Data API v1 provider it names. */
export function ConfigGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // main.tsx has usually started this request already (first-screen-prefetch.ts); the cache joins them.
  const { data: loaded } = useQuery(configQuery());

  useEffect(
    function reportConfigProblem() {
      const problem = loaded?.problem;
      if (!problem) return;
      const fetchFault = problem.kind === 'invalid' ? CONFIG_FETCH_FAULTS[problem.reason] : undefined;
      useNoticeStore.getState().addNotice(
        problem.kind === 'missing'
          ? { id: 'config', messageKey: 'notice.configMissing', tone: 'info' }
          : fetchFault
            ? { id: 'config', messageKey: fetchFault, tone: 'warning' }
            : {
                id: 'config',
                messageKey: 'notice.configInvalid',
                params: { reason: problem.reason },
                tone: 'warning',
              },
      );
    },
    [loaded?.problem],
  );

  // The user's own imported files, merged into whatever Data API the config names.
  // IndexedDB code loads on demand, in parallel with the data, rather than in the first screen's script.
  const [local] = useState(() => createLocalImports(openImportStorage));
  useRefetchOnImport(local);
  const base = useMemo(() => (loaded ? createHttpProvider(loaded.dataUrl) : null), [loaded]);
  const imports = useMemo(() => (base ? { local, base } : null), [base, local]);
  const source = useMemo<DataSource | null>(
    () =>
      loaded && base
        ? { key: loaded.dataUrl, provider: createMergedProvider(base, local), config: loaded.config }
        : null,
    [loaded, base, local],
  );

  if (!source || !imports) return <LoadingState what={t('resource.config')} />;
  return (
    <DataSourceContext.Provider value={source}>
      <LocalImportsContext.Provider value={imports}>{children}</LocalImportsContext.Provider>
    </DataSourceContext.Provider>
  );
}
