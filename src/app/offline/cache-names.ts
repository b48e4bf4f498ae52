/** The service worker's cache of Data API files; the page fills it too (see register-service-worker.ts). */
export const DATA_CACHE_NAME = 'kinerja-data';
