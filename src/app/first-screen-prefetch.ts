import type { QueryClient } from '@tanstack/react-query';
import { loadConfig, type LoadedConfig } from '../config/load-config';
import { PREFERRED_INDICATOR } from '../store/selectors';
import { parseSelectionParams } from './url/url-params';

export const CONFIG_QUERY_KEY = ['config'] as const;

export function appBaseHref(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

export const configQuery = () => ({
  queryKey: CONFIG_QUERY_KEY,
  queryFn: () => loadConfig(appBaseHref()),
  staleTime: Infinity,
});

/** The Data API files the page at this address reads first (relative to the data URL). */
export function firstScreenFiles(
  location: Pick<Location, 'pathname' | 'search'>,
  basePath: string,
): string[] {
  const files = ['regions.json', 'indicators.json'];
  const path = location.pathname.endsWith('/') ? location.pathname : `${location.pathname}/`;
  if (path !== basePath) return files;
  const { selection } = parseSelectionParams(new URLSearchParams(location.search));
  files.push(`observations/${selection.indicator ?? PREFERRED_INDICATOR}.json`);
  files.push(`boundaries/${selection.level}.topo.json`);
  if (selection.level === 'regency') files.push('boundaries/province.topo.json');
  return files;
}

/**
 * Starts config.json and then, at once, the files the first screen needs, before React and the page chunk
 * are there, so they run in parallel instead of one round trip after another. It only adds
 * `<link rel="preload">` hints: the data layer's own fetch() picks the responses up (same URL, CORS mode),
 * so validation, imports and caching stay where they are. index.html already carries the hints for `/`.
 */
export async function prefetchFirstScreen(
  client: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
) {
  await client.prefetchQuery(configQuery());
  const loaded = client.getQueryData<LoadedConfig>(CONFIG_QUERY_KEY);
  if (!loaded) return;
  const basePath = new URL(appBaseHref()).pathname;
  for (const file of firstScreenFiles(location, basePath)) {
    const href = new URL(file, `${loaded.dataUrl}/`).href;
    const known = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some(
      (l) => l.href === href,
    );
    if (known) continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}
