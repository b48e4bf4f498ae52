import { appConfigSchema, type AppConfig } from '../data/schemas/config-schema';
import { DataFetchError, fetchJson } from '../data/fetch-json';

export type ConfigProblem = { kind: 'missing' } | { kind: 'invalid'; reason: string };

export interface LoadedConfig {
  config: AppConfig;
  /** Absolute Data API v1 URL, resolved against the app's base. */
  dataUrl: string;
  problem: ConfigProblem | null;
}

export const DEFAULT_CONFIG: AppConfig = appConfigSchema.parse({});

export function resolveDataUrl(dataUrl: string, baseHref: string): string {
  return new URL(dataUrl, baseHref).href.replace(/\/+$/, '');
}

/**
 * Reads `config.json` beside the app. A missing or invalid file never stops the app: it falls back
 * to the bundled data and reports why.
 */
export async function loadConfig(baseHref: string): Promise<LoadedConfig> {
  const withDefaults = (problem: ConfigProblem | null): LoadedConfig => ({
    config: DEFAULT_CONFIG,
    dataUrl: resolveDataUrl(DEFAULT_CONFIG.dataUrl, baseHref),
    problem,
  });
  let payload: unknown;
  try {
    payload = await fetchJson(new URL('config.json', baseHref).href, { maxBytes: 64 * 1024 });
  } catch (error) {
    if (error instanceof DataFetchError && error.kind === 'http' && error.status === 404) {
      return withDefaults({ kind: 'missing' });
    }
    const reason = error instanceof DataFetchError ? error.kind : 'unreadable';
    return withDefaults({ kind: 'invalid', reason });
  }
  const parsed = appConfigSchema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return withDefaults({
      kind: 'invalid',
      reason: `${first?.path.join('.') || 'config'}: ${first?.message}`,
    });
  }
  return { config: parsed.data, dataUrl: resolveDataUrl(parsed.data.dataUrl, baseHref), problem: null };
}
