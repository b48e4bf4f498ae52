import type { VitePWAOptions } from 'vite-plugin-pwa';
import { DATA_CACHE_NAME } from '../../src/app/offline/cache-names.ts';

/**
 * Offline support: the app shell and every page chunk are precached at install; the data files are
 * cached as they are read and served stale-while-revalidate (the page shows how old they are), so a
 * regent who opened his profile once can open it again with no signal. The per-region HTML copies
 * exist for link previews only: offline, any address is answered with the precached index.html.
 */
export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Kinerja Daerah',
    short_name: 'Kinerja Daerah',
    description: 'Dasbor kinerja pemerintah daerah Indonesia: peta, peringkat dan sumber resmi.',
    lang: 'id',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f6c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,woff2}'],
    // The page that installs the worker is taken over at once, so what it reads next is cached too.
    clientsClaim: true,
    globIgnores: ['region/**', 'mockServiceWorker.js', '**/_headers'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/data\//, /\.json$/],
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // Data API v1 files, wherever config.json points: the regions, indicators, observations,
        // boundaries, targets and sectors a visit has read.
        urlPattern: ({ url }) => url.pathname.includes('/v1/') && url.pathname.endsWith('.json'),
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: DATA_CACHE_NAME,
          expiration: { maxEntries: 300 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        urlPattern: ({ url }) => url.pathname.endsWith('/config.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'kinerja-config', networkTimeoutSeconds: 4 },
      },
    ],
  },
};
