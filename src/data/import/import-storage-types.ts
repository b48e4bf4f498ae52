import type { ImportedSet } from './imported-set';

/** Where imported sets are kept between visits. */
export interface ImportStorage {
  load(): Promise<ImportedSet[]>;
  save(set: ImportedSet): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Why imports last only for this visit: no IndexedDB (private mode, blocked) or no room left. */
export type StorageProblem = 'unavailable' | 'full';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(`import storage ${problem}`, { cause });
    this.name = 'StorageError';
  }
}
