/** The only module that talks to the network. Errors are typed so the UI can explain them. */

export const MAX_RESPONSE_BYTES = 25 * 1024 * 1024;

export type FetchErrorKind = 'network' | 'http' | 'too-large' | 'not-json';

export class DataFetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${kind}${status ? ` ${status}` : ''}: ${url}`);
    this.name = 'DataFetchError';
  }

  /** Network faults and server errors may pass; a 404 or broken JSON will not. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export async function fetchJson(
  url: string,
  { signal, maxBytes = MAX_RESPONSE_BYTES }: { signal?: AbortSignal; maxBytes?: number } = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFetchError('network', url);
  }
  if (!response.ok) throw new DataFetchError('http', url, response.status);

  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new DataFetchError('too-large', url);
  const text = await response.text();
  if (text.length > maxBytes) throw new DataFetchError('too-large', url);

  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFetchError('not-json', url);
  }
}
