/**
 * Settings kept in the browser, read as untrusted input: a value that cannot be used (damaged JSON,
 * written by an older or newer version of the app, the wrong shape) is moved aside under
 * `<key>.set-aside` so nothing is lost, and the caller gets the default plus a reason it can show.
 * Storage that is blocked or full never stops the app: the choice then lasts for the visit only.
 */

export type StorageProblem = 'corrupt' | 'older' | 'newer' | 'invalid' | 'unavailable' | 'full';

export interface StoredSetting<T> {
  key: string;
  /** Written into the envelope `{ "v": version, "data": … }`; raise it when the shape of data changes. */
  version: number;
  /** The value, or null when the data does not have the expected shape. */
  parse: (data: unknown) => T | null;
  /** Turns the data of an older version into today's shape, or null when it cannot. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /** A tiny setting stored as a bare string (no envelope), e.g. a language code. */
  bare?: { read: (raw: string) => T | null; write: (value: T) => string };
}

export interface ReadOutcome<T> {
  value: T | null;
  problem: StorageProblem | null;
  /** Where the unusable value was put, when it could be kept. */
  asideKey?: string;
}

/** What a set-aside entry holds, so a person (or a later version) can still recover it. */
export interface SetAsideEntry {
  key: string;
  raw: string;
  problem: StorageProblem;
  at: string;
}

export const asideKeyOf = (key: string) => `${key}.set-aside`;

/** localStorage, or null where reading the property itself throws (blocked cookies, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

interface Envelope {
  v: number;
  data: unknown;
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Number.isInteger((value as { v?: unknown }).v) &&
  'data' in value;

function decode<T>(setting: StoredSetting<T>, raw: string): { value: T } | { problem: StorageProblem } {
  const bareValue = setting.bare?.read(raw);
  if (bareValue !== undefined && bareValue !== null) return { value: bareValue };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: 'corrupt' };
  }
  if (!isEnvelope(json)) return { problem: setting.bare ? 'invalid' : 'corrupt' };
  if (json.v > setting.version) return { problem: 'newer' };
  let data = json.data;
  if (json.v < setting.version) {
    data = setting.migrate ? setting.migrate(json.data, json.v) : null;
    if (data === null || data === undefined) return { problem: 'older' };
  }
  const value = setting.parse(data);
  return value === null ? { problem: 'invalid' } : { value };
}

function setAside(storage: Storage, key: string, raw: string, problem: StorageProblem): string | undefined {
  const entry: SetAsideEntry = { key, raw, problem, at: new Date().toISOString() };
  try {
    // Removing first frees the space the copy needs when storage is nearly full.
    storage.removeItem(key);
    storage.setItem(asideKeyOf(key), JSON.stringify(entry));
    return asideKeyOf(key);
  } catch {
    return undefined;
  }
}

export function readSetting<T>(setting: StoredSetting<T>, storage = browserStorage()): ReadOutcome<T> {
  if (!storage) return { value: null, problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(setting.key);
  } catch {
    return { value: null, problem: 'unavailable' };
  }
  if (raw === null) return { value: null, problem: null };
  const decoded = decode(setting, raw);
  if ('value' in decoded) return { value: decoded.value, problem: null };
  return {
    value: null,
    problem: decoded.problem,
    asideKey: setAside(storage, setting.key, raw, decoded.problem),
  };
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

/** Saves the value; returns why it could not, or null when saved. */
export function writeSetting<T>(
  setting: StoredSetting<T>,
  value: T,
  storage = browserStorage(),
): StorageProblem | null {
  if (!storage) return 'unavailable';
  const raw = setting.bare
    ? setting.bare.write(value)
    : JSON.stringify({ v: setting.version, data: value } satisfies Envelope);
  try {
    storage.setItem(setting.key, raw);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

export function forgetSetting(
  setting: Pick<StoredSetting<unknown>, 'key'>,
  storage = browserStorage(),
): void {
  try {
    storage?.removeItem(setting.key);
  } catch {
    /* nothing to forget where storage is blocked */
  }
}

/**
 * A notice for the notice bar (`useNoticeStore().addNotice`) naming what went wrong, or null.
 * `what` is a key under `hardening.storage.what` in src/i18n/features/hardening.ts (add yours there),
 * so the notice follows the language switch.
 */
export function storageNotice(id: string, what: string, problem: StorageProblem | null) {
  if (!problem) return null;
  return {
    id: `storage:${id}`,
    messageKey: `hardening.storage.${problem}`,
    params: { what },
    tone: problem === 'unavailable' || problem === 'full' ? ('info' as const) : ('warning' as const),
  };
}
