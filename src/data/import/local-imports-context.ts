import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { DataProvider } from '../provider';
import type { ImportedSet } from './imported-set';
import type { LocalImports, StorageStatus } from './local-imports';

/** The browser's imports, and the bundled provider for comparing them with the bundled data. */
export interface ImportsHandle {
  local: LocalImports;
  base: DataProvider;
}

export const LocalImportsContext = createContext<ImportsHandle | null>(null);

export function useImportsHandle(): ImportsHandle {
  const handle = useContext(LocalImportsContext);
  if (!handle) throw new Error('useImportsHandle needs a LocalImportsContext provider');
  return handle;
}

export function useImportedSets(local: LocalImports): readonly ImportedSet[] {
  return useSyncExternalStore(local.subscribe, local.sets);
}

export function useStorageStatus(local: LocalImports): StorageStatus {
  return useSyncExternalStore(local.subscribe, local.status);
}

/** Fetched-data queries start again when imports change, so every view shows the new figures. */
export function useRefetchOnImport(local: LocalImports): void {
  const client = useQueryClient();
  useEffect(
    function refetchWhenImportsChange() {
      let previous = local.sets();
      return local.subscribe(() => {
        if (local.sets() === previous) return;
        previous = local.sets();
        void client.invalidateQueries({
          // Regions, boundaries and the import page's own look-ups of the bundled data do not change.
          predicate: (query) => {
            const key = String(query.queryKey[0]);
            return !['config', 'regions', 'boundaries'].includes(key) && !key.startsWith('import-bundled');
          },
        });
      });
    },
    [client, local],
  );
}
