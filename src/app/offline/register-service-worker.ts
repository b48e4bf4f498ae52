import { registerSW } from 'virtual:pwa-register';
import { fetchedDataUrls } from '../../data/data-age';
import { useNoticeStore } from '../../store/notice-store';
import { DATA_CACHE_NAME } from './cache-names';

/**
 * The worker starts after the first screen has read its data, so those files never passed through it:
 * put them in its cache now, or the very page the reader opened would be missing offline.
 */
async function cacheDataReadBeforeTheWorker(): Promise<void> {
  await navigator.serviceWorker.ready;
  const cache = await caches.open(DATA_CACHE_NAME);
  await Promise.all(
    fetchedDataUrls().map(async function cacheIfMissing(url) {
      if (!(await cache.match(url))) await cache.add(url);
    }),
  );
}

/**
 * Registers the service worker that keeps the app and the data read so far on this device. A new version
 * waits until the reader chooses to reload, so the page never switches under them mid-reading.
 */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      useNoticeStore.getState().addNotice({
        id: 'app-update',
        messageKey: 'offline.updateReady',
        tone: 'info',
        action: { labelKey: 'offline.reload', run: () => void updateServiceWorker(true) },
      });
    },
  });
  // A failure here only means less is available offline; the page itself is unaffected.
  cacheDataReadBeforeTheWorker().catch(() => undefined);
}
