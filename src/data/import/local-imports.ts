import type { ImportedSet } from './imported-set';
import { StorageError, type ImportStorage, type StorageProblem } from './import-storage-types';

export type StorageStatus = { persistent: true } | { persistent: false; problem: StorageProblem };

/**
 * The imported sets of this browser: kept in memory for the visit and, where the browser allows,
 * in IndexedDB. A storage failure never loses an import; it only makes it last for this visit.
 */
export interface LocalImports {
  /** Resolves once the sets kept from earlier visits are loaded (or could not be). */
  ready: Promise<void>;
  sets(): readonly ImportedSet[];
  status(): StorageStatus;
  add(set: ImportedSet): Promise<void>;
  replace(id: string, set: ImportedSet): Promise<void>;
  remove(id: string): Promise<void>;
  /** Use the bundled (true) or the imported (false) value for these region-years of a set. */
  preferBundled(id: string, keys: readonly string[], bundled: boolean): Promise<void>;
  subscribe(listener: () => void): () => void;
}

export function createLocalImports(openStorage: () => Promise<ImportStorage>): LocalImports {
  let sets: readonly ImportedSet[] = [];
  let status: StorageStatus = { persistent: true };
  let storage: ImportStorage | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const fail = (error: unknown) => {
    status = { persistent: false, problem: error instanceof StorageError ? error.problem : 'unavailable' };
  };

  const ready = (async function loadKeptSets() {
    try {
      storage = await openStorage();
      const kept = await storage.load();
      sets = [...kept].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    } catch (error) {
      storage = null;
      fail(error);
    }
    notify();
  })();

  async function persist(work: (s: ImportStorage) => Promise<void>) {
    if (!storage) return;
    try {
      await work(storage);
      if (!status.persistent && status.problem === 'full') status = { persistent: true };
    } catch (error) {
      fail(error);
    }
  }

  async function put(next: readonly ImportedSet[], saved: ImportedSet | null, removed: string | null) {
    await ready;
    sets = next;
    notify();
    if (removed) await persist((s) => s.remove(removed));
    if (saved) await persist((s) => s.save(saved));
    notify();
  }

  return {
    ready,
    sets: () => sets,
    status: () => status,
    add: (set) => put([...sets, set], set, null),
    replace: (id, set) =>
      put(
        sets.map((s) => (s.id === id ? set : s)),
        set,
        set.id === id ? null : id,
      ),
    remove: (id) =>
      put(
        sets.filter((s) => s.id !== id),
        null,
        id,
      ),
    async preferBundled(id, keys, bundled) {
      const set = sets.find((s) => s.id === id);
      if (!set) return;
      const chosen = new Set(set.preferBundled);
      for (const key of keys) {
        if (bundled) chosen.add(key);
        else chosen.delete(key);
      }
      const next = { ...set, preferBundled: [...chosen] };
      await put(
        sets.map((s) => (s.id === id ? next : s)),
        next,
        null,
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
