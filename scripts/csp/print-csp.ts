import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preloadTags } from '../build/vite-plugin-first-screen.ts';
import { buildCsp, headersFile, serverSnippets, withCspMeta, type CspConfig } from './policy.ts';

/**
 * `npm run csp` prints the policy for public/config.json, as a header, a meta tag and nginx/Apache lines.
 * `npm run csp -- --write dist` re-derives it from dist/config.json after that file was edited on a server:
 * it rewrites the meta tag and the data preloads in dist/index.html, and dist/_headers.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function readConfig(file: string): CspConfig {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<CspConfig>;
  return { dataUrl: raw.dataUrl ?? 'data/v1', basemap: raw.basemap ?? null };
}

const DATA_HINT = /\n?\s*<link rel="(?:preload" as="fetch"|preconnect")[^>]*>/g;

function writeInto(dist: string) {
  const config = readConfig(join(dist, 'config.json'));
  const indexFile = join(dist, 'index.html');
  const hints = preloadTags(config, '/')
    .map(({ attrs }) => {
      const list = Object.entries(attrs ?? {}).map(([k, v]) => (v === true ? k : `${k}="${String(v)}"`));
      return `    <link ${list.join(' ')}>`;
    })
    .join('\n');
  // The region pages (link previews) are copies of index.html and carry the same policy and hints.
  const regionDir = join(dist, 'region');
  const regionPages = existsSync(regionDir)
    ? readdirSync(regionDir).map((code) => join(regionDir, code, 'index.html'))
    : [];
  for (const file of [indexFile, ...regionPages.filter((f) => existsSync(f))]) {
    const html = readFileSync(file, 'utf8').replace(DATA_HINT, '');
    writeFileSync(file, withCspMeta(html, config).replace('</head>', `${hints}\n  </head>`));
  }
  writeFileSync(join(dist, '_headers'), headersFile(config));
  console.log(`updated ${indexFile} and ${join(dist, '_headers')} for dataUrl ${config.dataUrl}`);
}

function main() {
  const args = process.argv.slice(2);
  const write = args.indexOf('--write');
  if (write >= 0) return writeInto(resolve(args[write + 1] ?? join(ROOT, 'dist')));
  const config = readConfig(resolve(args[0] ?? join(ROOT, 'public/config.json')));
  const { nginx, apache } = serverSnippets(config);
  console.log(`# Content-Security-Policy (header)\n${buildCsp(config, 'header')}\n`);
  console.log(
    `# <meta http-equiv="Content-Security-Policy"> (no frame-ancestors)\n${buildCsp(config, 'meta')}\n`,
  );
  console.log(`# Netlify / Cloudflare Pages: _headers\n${headersFile(config)}`);
  console.log(`# nginx (server block)\n${nginx}\n`);
  console.log(`# Apache (.htaccess or vhost, mod_headers)\n${apache}`);
}

main();
