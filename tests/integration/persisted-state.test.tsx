import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY, startLanguage } from '../../src/i18n/setup-i18n';
import { asideKeyOf } from '../../src/lib/safe-storage';
import { useNoticeStore } from '../../src/store/notice-store';
import { useSelectionStore } from '../../src/store/selection-store';
import { renderApp } from '../render-app';

// A cold start loads the page chunk for the first time; under load that can take more than a second.
const COLD = { timeout: 5_000 };

/** Starts the app the way main.tsx does: saved language first, then its notice, then the URL's view. */
function startAt(url: string, storage?: Storage | null) {
  const { language, notice } = startLanguage(storage);
  if (notice) useNoticeStore.getState().addNotice(notice);
  return renderApp(url, { language });
}

afterEach(() => vi.restoreAllMocks());

describe('persisted language', () => {
  it('starts in the saved language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { screen } = startAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Regional performance map' }, COLD),
    ).toBeInTheDocument();
    expect(screen.queryByText(/saved setting/)).toBeNull();
  });

  it.each([
    ['damaged JSON', '{"v":1,"data":"e', 'Pengaturan tersimpan (pilihan bahasa) rusak, jadi disisihkan'],
    ['a newer version', '{"v":7,"data":{"code":"en"}}', 'dibuat oleh versi dasbor yang lebih baru'],
    ['an unknown language', '"fr"', 'Pengaturan tersimpan (pilihan bahasa) tidak sah'],
  ])(
    'with %s: starts in Indonesian on the linked view, sets the value aside and says so',
    async (_, raw, text) => {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, raw);
      const { screen } = startAt('/region/61.11?indicator=ipm');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }, COLD),
      ).toBeInTheDocument();
      expect(screen.getByText(new RegExp(text.replace(/[()]/g, '\\$&')))).toBeInTheDocument();
      expect(useSelectionStore.getState()).toMatchObject({ region: '61.11', indicator: 'ipm' });
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
      expect(JSON.parse(localStorage.getItem(asideKeyOf(LANGUAGE_STORAGE_KEY))!)).toMatchObject({ raw });
    },
  );

  it('with storage unavailable: starts quietly in Indonesian on the linked view', async () => {
    const { screen } = startAt('/region/61.11', null);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }, COLD),
    ).toBeInTheDocument();
    expect(useNoticeStore.getState().notices).toEqual([]);
  });

  it('with storage full: switches language anyway and says the choice lasts this visit only', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { screen, user } = startAt('/');
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Regional performance map' }, COLD),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Browser storage is full; the language choice could not be saved and lasts for this visit only.',
      ),
    ).toBeInTheDocument();
  });
});
