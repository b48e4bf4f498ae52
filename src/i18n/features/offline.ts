/** Texts for offline use and app updates, Indonesian first; English has the same keys (checked by the type). */
export const offlineId = {
  dataAsOf: 'Data per {{date}}.',
  offline: 'Anda sedang luring (tanpa sinyal). Yang tampil adalah salinan yang tersimpan di perangkat ini.',
  offlineWithDate:
    'Anda sedang luring (tanpa sinyal). Angka yang tampil adalah salinan tersimpan di perangkat ini, data per {{date}}.',
  updateReady: 'Versi baru Kinerja Daerah tersedia.',
  reload: 'Muat ulang',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const offlineEn: Widen<typeof offlineId> = {
  dataAsOf: 'Data as of {{date}}.',
  offline: 'You are offline. What you see is the copy saved on this device.',
  offlineWithDate:
    'You are offline. The figures shown are the copy saved on this device, data as of {{date}}.',
  updateReady: 'A new version of Kinerja Daerah is available.',
  reload: 'Reload',
};
