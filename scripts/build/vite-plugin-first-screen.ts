import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { headersFile, withCspMeta, type CspConfig } from '../csp/policy.ts';

/** What `/` shows before anyone chooses: IPM (PREFERRED_INDICATOR in src/store/selectors.ts) by province. */
export const FIRST_SCREEN = {
  page: 'src/features/map/overview-page.tsx',
  /** The lists every page renders from first; the map's values and shapes may yield to the scripts. */
  dataFiles: ['regions.json', 'indicators.json'],
  mapFiles: ['observations/ipm.json', 'boundaries/province.topo.json'],
};

function readConfig(publicDir: string): CspConfig {
  const raw = JSON.parse(readFileSync(join(publicDir, 'config.json'), 'utf8')) as Partial<CspConfig>;
  return { dataUrl: raw.dataUrl ?? 'data/v1', basemap: raw.basemap ?? null };
}

/**
 * Build-time additions to index.html, all derived from public/config.json:
 * - a Content-Security-Policy meta tag, first in <head>, and the same policy as a `_headers` file;
 * - preload hints so config.json, the first screen's data files and the map page's chunk (with its CSS)
 *   download in parallel with the entry script instead of one after another.
 * After editing config.json in a built dist/, `npm run csp -- --write dist` brings both up to date.
 */
export function firstScreenHtml(): Plugin {
  let publicDir = 'public';
  let base = '/';
  return {
    name: 'kinerja-first-screen-html',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const config = readConfig(publicDir);
        const tags: HtmlTagDescriptor[] = preloadTags(config, base);
        const page = Object.values(ctx.bundle ?? {}).find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(FIRST_SCREEN.page),
        );
        if (ctx.bundle && !page) {
          // A moved or renamed page must not silently bring the waterfall back.
          console.warn(`first-screen: no chunk for ${FIRST_SCREEN.page}; its preloads are missing`);
        }
        if (page && page.type === 'chunk' && ctx.bundle) {
          const seen = new Set<string>();
          const visit = (file: string) => {
            if (seen.has(file)) return;
            seen.add(file);
            const chunk = ctx.bundle![file];
            if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
          };
          visit(page.fileName);
          const inHtml = (file: string) => html.includes(`${base}${file}`);
          for (const file of seen) {
            if (!inHtml(file))
              tags.push(link({ rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }));
          }
          const css = [...seen].flatMap((file) => {
            const chunk = ctx.bundle![file];
            return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
          });
          for (const file of new Set(css)) {
            if (!inHtml(file))
              tags.push(link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` }));
          }
        }
        return { html: withCspMeta(html, config), tags };
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(readConfig(publicDir)) });
    },
  };
}

const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
  tag: 'link',
  attrs,
  injectTo: 'head',
});

/** `crossorigin` makes each preload match the CORS-mode request fetch() sends, so it is used, not repeated. */
export function preloadTags(config: CspConfig, base: string): HtmlTagDescriptor[] {
  const origin = 'http://app.invalid';
  const appBase = new URL(base, origin);
  const dataBase = new URL(`${config.dataUrl.replace(/\/+$/, '')}/`, appBase);
  const href = (url: URL) => (url.origin === origin ? url.pathname : url.href);
  const tags = [
    link({ rel: 'preload', as: 'fetch', crossorigin: true, href: href(new URL('config.json', appBase)) }),
  ];
  if (dataBase.origin !== origin)
    tags.push(link({ rel: 'preconnect', href: dataBase.origin, crossorigin: true }));
  for (const file of FIRST_SCREEN.dataFiles) {
    tags.push(link({ rel: 'preload', as: 'fetch', crossorigin: true, href: href(new URL(file, dataBase)) }));
  }
  // Low priority: on a slow link the page's scripts (and so its first paint) come before the map data.
  for (const file of FIRST_SCREEN.mapFiles) {
    tags.push(
      link({
        rel: 'preload',
        as: 'fetch',
        crossorigin: true,
        fetchpriority: 'low',
        href: href(new URL(file, dataBase)),
      }),
    );
  }
  return tags;
}
