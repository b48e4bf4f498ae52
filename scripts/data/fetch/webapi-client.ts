export type Fetched =
  { ok: true; body: unknown; attempts: number } | { ok: false; error: string; attempts: number };

export interface WebApiClient {
  /** GET `<base>/<path>?…&key=…`; every error text has the key removed. */
  get(path: string, params: Readonly<Record<string, string>>): Promise<Fetched>;
}

export interface ClientOptions {
  baseUrl: string;
  key: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  timeoutMs?: number;
  /** 0…1, for the jitter of the backoff; tests pass () => 0. */
  random?: () => number;
  onRetry?: (message: string) => void;
  form?: UrlForm;
}

export const DEFAULT_BASE_URL = 'https://webapi.bps.go.id/v1/api';
const RETRY_STATUS: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The key travels in the URL (query form), so it is cut from every text that leaves the client. */
export function redactKey(text: string, key: string): string {
  if (!key) return text;
  return text.split(key).join('***').split(encodeURIComponent(key)).join('***');
}

/** Both forms are in use by BPS's own clients; the query form is the documented one. */
export type UrlForm = 'query' | 'path';

export function requestUrl(
  baseUrl: string,
  path: string,
  params: Readonly<Record<string, string>>,
  key: string,
  form: UrlForm = 'query',
): URL {
  const base = baseUrl.replace(/\/+$/, '');
  if (form === 'path') {
    const pairs = key ? [...Object.entries(params), ['key', key]] : Object.entries(params);
    const segments = pairs.flatMap(([name, value]) => [name, value]);
    // ";" and ":" (lists and ranges of ids) stay literal in a path, as BPS's own client sends them.
    const encoded = segments.map((s) =>
      encodeURIComponent(s ?? '')
        .replace(/%3B/g, ';')
        .replace(/%3A/g, ':'),
    );
    return new URL(`${base}/${path}/${encoded.join('/')}/`);
  }
  const url = new URL(`${base}/${path}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  // Public portals (CKAN) take no key.
  if (key) url.searchParams.set('key', key);
  return url;
}

/**
 * One request at a time with exponential backoff (1 s, 2 s, 4 s … plus jitter, or Retry-After) on
 * network faults, timeouts, 408/429/5xx and bodies that are not JSON (maintenance pages). Other HTTP
 * errors and application errors (HTTP 200, status "Error") are deterministic and not retried.
 */
export function createWebApiClient(options: ClientOptions): WebApiClient {
  const fetchImpl = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxAttempts = options.maxAttempts ?? 4;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const random = options.random ?? Math.random;
  const clean = (text: string) => redactKey(text, options.key);

  return {
    async get(path, params) {
      const url = requestUrl(options.baseUrl, path, params, options.key, options.form);
      for (let attempt = 1; ; attempt++) {
        let reason: string;
        let retryAfterMs: number | undefined;
        try {
          const response = await fetchImpl(url, {
            signal: AbortSignal.timeout(timeoutMs),
            headers: { Accept: 'application/json', 'User-Agent': 'kinerja-daerah-data-fetch' },
          });
          const text = await response.text();
          if (RETRY_STATUS.has(response.status)) {
            reason = `HTTP ${response.status}`;
            retryAfterMs = retryAfter(response.headers.get('retry-after'));
          } else if (!response.ok) {
            return {
              ok: false,
              error: clean(`HTTP ${response.status}: ${text.slice(0, 200)}`),
              attempts: attempt,
            };
          } else {
            try {
              return { ok: true, body: JSON.parse(text) as unknown, attempts: attempt };
            } catch {
              reason = `the answer is not JSON: ${text.slice(0, 200)}`;
            }
          }
        } catch (error) {
          reason =
            error instanceof Error && error.name === 'TimeoutError'
              ? `no answer within ${timeoutMs / 1000} s`
              : `network error: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (attempt >= maxAttempts) {
          return { ok: false, error: clean(`${reason} (${attempt} attempts)`), attempts: attempt };
        }
        const backoff = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
        const delay = retryAfterMs ?? Math.round(backoff + random() * 250);
        options.onRetry?.(clean(`${reason}; retry ${attempt} of ${maxAttempts - 1} in ${delay} ms`));
        await sleep(delay);
      }
    },
  };
}

function retryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Math.min(MAX_DELAY_MS, Number(header.trim()) * 1000);
}
