import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/setup-i18n';
import { useSelectionStore } from '../../src/store/selection-store';

describe('app shell', () => {
  it('opens in Indonesian with the main navigation', async () => {
    const { screen } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Peta' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Profil daerah', 'Bandingkan', 'Peringkat', 'Sektor unggulan', 'Data & sumber']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(await screen.findByRole('heading', { level: 1, name: 'Peta kinerja daerah' })).toBeInTheDocument();
  });

  it('switches to English, remembers the choice and marks the document language', async () => {
    const { screen, user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Regional performance map' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rankings' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('reads the selection from a shared link', async () => {
    const { router } = renderApp(
      '/?indicator=poverty-rate&year=2023&level=regency&region=61.11&compare=61.11,61.04',
    );
    await waitFor(() => expect(useSelectionStore.getState().indicator).toBe('poverty-rate'));
    expect(useSelectionStore.getState()).toMatchObject({
      year: 2023,
      level: 'regency',
      region: '61.11',
      compare: ['61.11', '61.04'],
    });
    // Nothing was rejected, so the link is left exactly as it was shared.
    expect(router.location?.search).toBe(
      '?indicator=poverty-rate&year=2023&level=regency&region=61.11&compare=61.11,61.04',
    );
  });

  it('writes a changed selection back to the address', async () => {
    const { router, screen } = renderApp('/rankings');
    await screen.findByRole('heading', { name: 'Peringkat daerah' });
    useSelectionStore.getState().selectLevel('regency');
    await waitFor(() => expect(router.location?.search).toBe('?level=regency'));
  });

  it('falls back to defaults with a notice for /?indicator=nonexistent&year=abc', async () => {
    const { screen } = renderApp('/?indicator=nonexistent&year=abc');
    expect(await screen.findByText(/Parameter “year=abc” di alamat tidak dikenali/)).toBeInTheDocument();
    expect(
      await screen.findByText(/Indikator “nonexistent” tidak ada; menampilkan Indeks Pembangunan Manusia/),
    ).toBeInTheDocument();
    await waitFor(() => expect(useSelectionStore.getState().indicator).toBe('ipm'));
    expect(screen.getByRole('heading', { level: 1, name: 'Peta kinerja daerah' })).toBeInTheDocument();
  });

  it('moves to the newest year with data when the linked year has none', async () => {
    const { screen } = renderApp('/?indicator=poverty-rate&year=2019');
    expect(
      await screen.findByText(/Tidak ada data Persentase penduduk miskin untuk tahun 2019; menampilkan 2024/),
    ).toBeInTheDocument();
    await waitFor(() => expect(useSelectionStore.getState().year).toBe(2024));
  });

  it('shows a not-found page for an unknown address', async () => {
    const { screen } = renderApp('/tidak-ada');
    expect(await screen.findByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});
