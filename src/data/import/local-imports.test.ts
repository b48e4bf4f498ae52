import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionCode } from '../../domain/region';
import type { ImportedSet } from './imported-set';
import { openImportStorage, StorageError, type ImportStorage } from './import-storage';
import { createLocalImports } from './local-imports';

const set = (id: string, importedAt = '2026-12-01T08:00:00.000Z'): ImportedSet => ({
  id,
  kind: 'targets',
  fileName: `${id}.csv`,
  importedAt,
  rowCount: 1,
  preferBundled: [],
  stated: { source: '', sourceUrl: '' },
  targets: [
    { indicator: 'ipm', region: '61.11' as RegionCode, year: 2026, value: 67.5, source: { name: 'uji' } },
  ],
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('createLocalImports with IndexedDB', () => {
  it('keeps sets across visits and forgets removed ones', async () => {
    const first = createLocalImports(openImportStorage);
    await first.ready;
    await first.add(set('a', '2026-12-01T08:00:00.000Z'));
    await first.add(set('b', '2026-12-01T09:00:00.000Z'));
    await first.remove('a');
    await first.preferBundled('b', ['ipm|61.11|2024'], true);

    const second = createLocalImports(openImportStorage);
    await second.ready;
    expect(second.sets().map((s) => [s.id, s.preferBundled])).toEqual([['b', ['ipm|61.11|2024']]]);
    expect(second.status()).toEqual({ persistent: true });
  });

  it('replaces a set in place', async () => {
    const local = createLocalImports(openImportStorage);
    await local.add(set('a'));
    await local.add(set('b'));
    await local.replace('a', { ...set('c'), fileName: 'baru.csv' });
    expect(local.sets().map((s) => s.fileName)).toEqual(['baru.csv', 'b.csv']);
    const again = createLocalImports(openImportStorage);
    await again.ready;
    expect(
      again
        .sets()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['b', 'c']);
  });
});

describe('createLocalImports without storage', () => {
  it('still imports for this visit when IndexedDB is unavailable, and says so', async () => {
    // @ts-expect-error private mode in some browsers: no IndexedDB at all
    delete globalThis.indexedDB;
    const local = createLocalImports(openImportStorage);
    await local.ready;
    expect(local.status()).toEqual({ persistent: false, problem: 'unavailable' });
    await local.add(set('a'));
    expect(local.sets().map((s) => s.id)).toEqual(['a']);
  });

  it('says the storage is full and keeps the set in memory', async () => {
    const full: ImportStorage = {
      load: async () => [],
      save: async () => {
        throw new StorageError('full');
      },
      remove: async () => undefined,
    };
    const local = createLocalImports(async () => full);
    const seen: number[] = [];
    local.subscribe(() => seen.push(local.sets().length));
    await local.add(set('a'));
    expect(local.status()).toEqual({ persistent: false, problem: 'full' });
    expect(local.sets()).toHaveLength(1);
    expect(seen.at(-1)).toBe(1);
  });
});
