/** The only module that talks to the network. Errors are typed so the UI can explain them. */
import { recordDataDate } from './data-age';

export const MAX_RESPONSE_BYTES = 25 * 1024 * 1024;
/** Long enough for the regency boundaries over a slow mobile link, short enough that a hung server is named. */
export const REQUEST_TIMEOUT_MS = 20_000;

export type FetchErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'html';

export class DataFetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    readonly status?: number,
    /** For a timeout: how long it waited. */
    readonly timeoutMs?: number,
  ) {
    super(`${kind}${status ? ` ${status}` : ''}: ${url}`);
    this.name = 'DataFetchError';
  }

  /**
   * Network faults and server errors may pass; a 404 or broken JSON will not. A timeout is not retried
   * automatically: three more waits of the same length would leave the reader staring at a spinner.
   */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

/** A web page where a data file was expected: typically a host answering every path with index.html. */
const looksLikeHtml = (text: string) => /^\s*</.test(text);

export interface FetchJsonOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
  /** A Data API file: note its Date header, which says how old the figures on screen are (data-age.ts). */
  recordDate?: boolean;
}

export async function fetchJson(
  url: string,
  {
    signal,
    maxBytes = MAX_RESPONSE_BYTES,
    timeoutMs = REQUEST_TIMEOUT_MS,
    recordDate = false,
  }: FetchJsonOptions = {},
): Promise<unknown> {
  // One controller for both the caller's cancellation and the timeout; the timeout covers the body too.
  const controller = new AbortController();
  let timedOut = false;
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const timer = setTimeout(function stopHungRequest() {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let text: string;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (timedOut) throw new DataFetchError('timeout', url, undefined, timeoutMs);
      if (signal?.aborted) throw error;
      throw new DataFetchError('network', url);
    }
    if (!response.ok) throw new DataFetchError('http', url, response.status);
    if (recordDate) recordDataDate(url, response.headers.get('date'));
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new DataFetchError('too-large', url);
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new DataFetchError('timeout', url, undefined, timeoutMs);
      if (signal?.aborted) throw error;
      throw new DataFetchError('network', url);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
  if (text.length > maxBytes) throw new DataFetchError('too-large', url);

  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFetchError(looksLikeHtml(text) ? 'html' : 'not-json', url);
  }
}
