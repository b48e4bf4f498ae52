import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string | null;
    distDir: string;
  }
}

let server: PreviewServer | undefined;
// Each run builds into its own folder, so two runs at once (or a run beside `npm run build`) never mix files.
const distDir = resolve(import.meta.dirname, `../../node_modules/.e2e-dist/${process.pid}`);

/** Builds the production bundle once and serves it with `vite preview` for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI === 'true') {
      throw new Error(
        'CI=true but no Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.',
      );
    }
    console.warn('\n⚠ No Chromium at CHROME_PATH or /usr/bin/chromium: browser tests are SKIPPED.\n');
  }
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: distDir, emptyOutDir: true } });
  server = await preview({
    build: { outDir: distDir },
    preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  project.provide('baseUrl', baseUrl.replace(/\/$/, ''));
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', distDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
  rmSync(distDir, { recursive: true, force: true });
}
