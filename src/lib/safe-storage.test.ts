import { describe, expect, it } from 'vitest';
import {
  asideKeyOf,
  readSetting,
  storageNotice,
  writeSetting,
  type SetAsideEntry,
  type StoredSetting,
} from './safe-storage';

/** An in-memory Storage that can be made full or blocked. */
class MemoryStorage implements Storage {
  items = new Map<string, string>();
  full = false;
  blocked = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('blocked', 'SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

interface Weights {
  spbe: number;
  ipm: number;
}

const weights: StoredSetting<Weights> = {
  key: 'kd.weights',
  version: 2,
  parse: (data) => {
    const d = data as Partial<Weights> | null;
    return d && typeof d.spbe === 'number' && typeof d.ipm === 'number' ? { spbe: d.spbe, ipm: d.ipm } : null;
  },
  // Version 1 kept percentages as strings.
  migrate: (data, from) =>
    from === 1 && Array.isArray(data) ? { spbe: Number(data[0]) / 100, ipm: Number(data[1]) / 100 } : null,
};

const aside = (storage: MemoryStorage, key: string) =>
  JSON.parse(storage.items.get(asideKeyOf(key)) ?? 'null') as SetAsideEntry | null;

describe('safe storage', () => {
  it('writes an envelope and reads it back', () => {
    const storage = new MemoryStorage();
    expect(writeSetting(weights, { spbe: 0.6, ipm: 0.4 }, storage)).toBeNull();
    expect(storage.items.get('kd.weights')).toBe('{"v":2,"data":{"spbe":0.6,"ipm":0.4}}');
    expect(readSetting(weights, storage)).toEqual({ value: { spbe: 0.6, ipm: 0.4 }, problem: null });
  });

  it('reads nothing, without a problem, when nothing was saved', () => {
    expect(readSetting(weights, new MemoryStorage())).toEqual({ value: null, problem: null });
  });

  it('migrates data of an older version', () => {
    const storage = new MemoryStorage();
    storage.items.set('kd.weights', '{"v":1,"data":["60","40"]}');
    expect(readSetting(weights, storage).value).toEqual({ spbe: 0.6, ipm: 0.4 });
  });

  it.each([
    ['{"v":2,"data":{"spbe":0.6', 'corrupt'],
    ['not json at all', 'corrupt'],
    ['{"spbe":0.6,"ipm":0.4}', 'corrupt'],
    ['{"v":3,"data":{"spbe":0.6,"ipm":0.4,"eppd":0.1}}', 'newer'],
    ['{"v":1,"data":{"spbe":"60"}}', 'older'],
    ['{"v":2,"data":{"spbe":"0.6","ipm":0.4}}', 'invalid'],
  ])('sets %j aside as %s and returns no value', (raw, problem) => {
    const storage = new MemoryStorage();
    storage.items.set('kd.weights', raw);
    const outcome = readSetting(weights, storage);
    expect(outcome).toEqual({ value: null, problem, asideKey: 'kd.weights.set-aside' });
    expect(storage.items.has('kd.weights')).toBe(false);
    expect(aside(storage, 'kd.weights')).toMatchObject({ key: 'kd.weights', raw, problem });
    // The next start is clean: nothing to set aside again.
    expect(readSetting(weights, storage)).toEqual({ value: null, problem: null });
  });

  it('still drops the bad value when storage is too full to keep a copy', () => {
    const storage = new MemoryStorage();
    storage.items.set('kd.weights', '{"v":9,"data":1}');
    storage.full = true;
    expect(readSetting(weights, storage)).toEqual({ value: null, problem: 'newer', asideKey: undefined });
    expect(storage.items.has('kd.weights')).toBe(false);
  });

  it('says when storage is full or blocked instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(writeSetting(weights, { spbe: 1, ipm: 0 }, storage)).toBe('full');
    storage.blocked = true;
    expect(writeSetting(weights, { spbe: 1, ipm: 0 }, storage)).toBe('unavailable');
    expect(readSetting(weights, storage)).toEqual({ value: null, problem: 'unavailable' });
    expect(readSetting(weights, null)).toEqual({ value: null, problem: 'unavailable' });
    expect(writeSetting(weights, { spbe: 1, ipm: 0 }, null)).toBe('unavailable');
  });

  it('stores a bare setting without an envelope', () => {
    const storage = new MemoryStorage();
    const language: StoredSetting<'id' | 'en'> = {
      key: 'kd.language',
      version: 1,
      parse: (d) => (d === 'id' || d === 'en' ? d : null),
      bare: { read: (raw) => (raw === 'id' || raw === 'en' ? raw : null), write: (v) => v },
    };
    writeSetting(language, 'en', storage);
    expect(storage.items.get('kd.language')).toBe('en');
    expect(readSetting(language, storage).value).toBe('en');
    storage.items.set('kd.language', 'fr');
    expect(readSetting(language, storage).problem).toBe('corrupt');
    storage.items.set('kd.language', '"fr"');
    expect(readSetting(language, storage).problem).toBe('invalid');
  });

  it('turns a problem into a notice for the notice bar', () => {
    expect(storageNotice('language', 'language', 'corrupt')).toEqual({
      id: 'storage:language',
      messageKey: 'hardening.storage.corrupt',
      params: { what: 'language' },
      tone: 'warning',
    });
    expect(storageNotice('language', 'language', 'full')?.tone).toBe('info');
    expect(storageNotice('language', 'language', null)).toBeNull();
  });
});
