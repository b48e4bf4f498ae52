import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  latestByRegion,
  regionPreview,
  withPreview,
  type PreviewIndicator,
  type PreviewRegion,
} from './region-preview.ts';

/** The figures a preview names, in order, with the short label a chat preview has room for. */
export const PREVIEW_INDICATORS = [
  { id: 'ipm', label: 'IPM' },
  { id: 'poverty-rate', label: 'Penduduk miskin' },
];

interface RawIndicator {
  id: string;
  unit: { id: string };
  decimals: number;
  source: { name: string };
  bands?: { from: number | null; to: number | null; label: { id: string } }[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function loadIndicators(dataDir: string): PreviewIndicator[] {
  const catalogue = readJson<RawIndicator[]>(join(dataDir, 'indicators.json'));
  return PREVIEW_INDICATORS.flatMap(({ id, label }) => {
    const meta = catalogue.find((i) => i.id === id);
    if (!meta) return [];
    const file = readJson<{ observations: PreviewIndicator['observations'] }>(
      join(dataDir, 'observations', `${id}.json`),
    );
    return [
      {
        id,
        label,
        unit: meta.unit.id,
        decimals: meta.decimals,
        source: meta.source.name,
        bands: meta.bands?.map((b) => ({ from: b.from, to: b.to, label: b.label.id })),
        observations: file.observations,
      },
    ];
  });
}

/**
 * Writes dist/region/<code>/index.html for every province and regency/city: the built index.html (same
 * CSP, same scripts) with the region's own title and Open Graph tags, so any static host answers a
 * shared link with a preview, and the app boots as on any other address.
 */
export function regionPages(): Plugin[] {
  let publicDir = 'public';
  let outDir = 'dist';
  const build: Plugin = {
    name: 'kinerja-region-pages',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
      if (!config.base.startsWith('/'))
        console.warn('region-pages: a relative base breaks scripts in region/<code>/index.html');
    },
    writeBundle(_options, bundle) {
      const started = performance.now();
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const html = String(index.source);
      const dataDir = join(publicDir, 'data', 'v1');
      const regions = readJson<PreviewRegion[]>(join(dataDir, 'regions.json'));
      const names = new Map(regions.map((r) => [r.code, r.name]));
      const indicators = loadIndicators(dataDir).map((indicator) => ({
        indicator,
        latest: latestByRegion(indicator.observations),
      }));
      let written = 0;
      for (const region of regions) {
        if (region.level === 'country' || !/^[0-9.]+$/.test(region.code)) continue;
        const preview = regionPreview(
          region,
          region.parent ? names.get(region.parent) : undefined,
          indicators.map(({ indicator, latest }) => ({ indicator, latest: latest.get(region.code) })),
        );
        const dir = join(outDir, 'region', region.code);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), withPreview(html, preview));
        written += 1;
      }
      const ms = Math.round(performance.now() - started);
      this.info?.(`region-pages: ${written} pages in ${ms} ms`);
    },
  };
  const preview: Plugin = {
    name: 'kinerja-region-pages-preview',
    // Static hosts (Netlify, Cloudflare Pages, nginx with `try_files $uri $uri/index.html /index.html`)
    // answer /region/61.11 with region/61.11/index.html; `vite preview` needs telling.
    configurePreviewServer(server) {
      server.middlewares.use(function serveRegionPage(req, _res, next) {
        const match = /^\/region\/([0-9.]+)\/?(\?.*)?$/.exec(req.url ?? '');
        const dir = resolve(server.config.root, server.config.build.outDir);
        if (match && existsSync(join(dir, 'region', match[1]!, 'index.html')))
          req.url = `/region/${match[1]}/index.html${match[2] ?? ''}`;
        next();
      });
    },
  };
  return [build, preview];
}
