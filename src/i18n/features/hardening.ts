/** Texts for faults, storage and safety notices, Indonesian first; English has the same keys (checked by the type). */
export const hardeningId = {
  error: {
    timeout:
      'Server data tidak menjawab dalam {{seconds}} detik, jadi permintaan dihentikan. Coba lagi nanti.',
    html: 'Server mengirim halaman web (HTML), bukan berkas data. Periksa alamat data di config.json.',
  },
  config: {
    network: 'config.json tidak dapat diambil (server tidak dapat dihubungi); memakai data bawaan.',
    http: 'Server menjawab permintaan config.json dengan galat; memakai data bawaan.',
    timeout: 'config.json tidak dijawab tepat waktu; memakai data bawaan.',
    notJson: 'config.json rusak (bukan JSON yang sah); memakai data bawaan.',
    html: 'Alamat config.json mengirim halaman web, bukan konfigurasi; memakai data bawaan.',
    tooLarge: 'config.json terlalu besar untuk dibaca dengan aman; memakai data bawaan.',
  },
  storage: {
    /** What a stored setting is called in a notice: `storageNotice(id, 'language', problem)`. Add yours here. */
    what: { language: 'pilihan bahasa' },
    corrupt:
      'Pengaturan tersimpan ($t(hardening.storage.what.{{what}})) rusak, jadi disisihkan dan diganti nilai bawaan.',
    older:
      'Pengaturan tersimpan ($t(hardening.storage.what.{{what}})) berasal dari versi dasbor lama yang tidak dapat dibaca lagi; disisihkan.',
    newer:
      'Pengaturan tersimpan ($t(hardening.storage.what.{{what}})) dibuat oleh versi dasbor yang lebih baru; disisihkan, memakai nilai bawaan.',
    invalid:
      'Pengaturan tersimpan ($t(hardening.storage.what.{{what}})) tidak sah, jadi disisihkan dan diganti nilai bawaan.',
    unavailable:
      'Penyimpanan peramban tidak tersedia; $t(hardening.storage.what.{{what}}) hanya berlaku selama kunjungan ini.',
    full: 'Penyimpanan peramban penuh; $t(hardening.storage.what.{{what}}) tidak dapat disimpan dan hanya berlaku selama kunjungan ini.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const hardeningEn: Widen<typeof hardeningId> = {
  error: {
    timeout:
      'The data server did not answer within {{seconds}} seconds, so the request was stopped. Try again later.',
    html: 'The server sent a web page (HTML) instead of a data file. Check the data address in config.json.',
  },
  config: {
    network: 'config.json could not be fetched (the server cannot be reached); using the bundled data.',
    http: 'The server answered the request for config.json with an error; using the bundled data.',
    timeout: 'config.json was not answered in time; using the bundled data.',
    notJson: 'config.json is damaged (not valid JSON); using the bundled data.',
    html: 'The config.json address sent a web page, not a configuration; using the bundled data.',
    tooLarge: 'config.json is too large to read safely; using the bundled data.',
  },
  storage: {
    what: { language: 'language choice' },
    corrupt:
      'A saved setting ($t(hardening.storage.what.{{what}})) was damaged, so it was set aside and the default is used.',
    older:
      'A saved setting ($t(hardening.storage.what.{{what}})) comes from an older version of the dashboard that can no longer be read; set aside.',
    newer:
      'A saved setting ($t(hardening.storage.what.{{what}})) was made by a newer version of the dashboard; set aside, using the default.',
    invalid:
      'A saved setting ($t(hardening.storage.what.{{what}})) was not valid, so it was set aside and the default is used.',
    unavailable:
      'Browser storage is not available; the $t(hardening.storage.what.{{what}}) lasts for this visit only.',
    full: 'Browser storage is full; the $t(hardening.storage.what.{{what}}) could not be saved and lasts for this visit only.',
  },
};
