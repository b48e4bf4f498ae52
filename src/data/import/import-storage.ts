import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedSet } from './imported-set';
import { StorageError, type ImportStorage, type StorageProblem } from './import-storage-types';

export { StorageError, type ImportStorage, type StorageProblem } from './import-storage-types';

interface ImportDb extends DBSchema {
  sets: { key: string; value: ImportedSet };
}

const DB_NAME = 'kinerja-daerah-import';
const DB_VERSION = 1;

function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

/** IndexedDB through `idb`. Rejects with a StorageError when the browser offers none or refuses it. */
export async function openImportStorage(): Promise<ImportStorage> {
  if (typeof globalThis.indexedDB === 'undefined') throw new StorageError('unavailable');
  let db: IDBPDatabase<ImportDb>;
  try {
    db = await openDB<ImportDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('sets', { keyPath: 'id' });
      },
    });
  } catch (error) {
    throw new StorageError(problemOf(error), error);
  }
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new StorageError(problemOf(error), error);
    }
  };
  return {
    load: () => guarded(() => db.getAll('sets')),
    save: (set) => guarded(async () => void (await db.put('sets', set))),
    remove: (id) => guarded(() => db.delete('sets', id)),
  };
}
