import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSelectionStore } from '../../src/store/selection-store';
import { renderApp } from '../render-app';

describe('compare page', () => {
  it('puts the newest values of the compared regions side by side', async () => {
    const { screen } = renderApp('/compare?compare=61.11,61.04');
    const table = await screen.findByRole(
      'table',
      { name: /Nilai terbaru tiap indikator/ },
      { timeout: 5000 },
    );
    await within(table).findByText('8,84');
    const poverty = within(table).getByRole('row', { name: /Persentase penduduk miskin/ });
    expect(poverty).toHaveTextContent('8,84 terburuk2024 · peringkat 4/4');
    expect(poverty).toHaveTextContent('8,50 terbaik2024 · peringkat 3/4');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Indikator',
      'Kabupaten Kayong Utara',
      'Kabupaten Ketapang',
      'Kalimantan Barat (Pembanding)',
      'Indonesia (Pembanding)',
      'Sumber',
    ]);
  });

  it('removes a region from the comparison and from the address', async () => {
    const { screen, user, router } = renderApp('/compare?compare=61.11,61.04');
    await user.click(
      await screen.findByRole('button', { name: 'Hapus Kabupaten Ketapang dari perbandingan' }),
    );
    await waitFor(() => expect(router.location?.search).toBe('?compare=61.11'));
    expect(screen.queryByRole('columnheader', { name: 'Kabupaten Ketapang' })).toBeNull();
  });

  it('says how to add regions when the list is empty', async () => {
    const { screen } = renderApp('/compare');
    expect(await screen.findByText(/Belum ada daerah yang dipilih untuk dibandingkan/)).toBeInTheDocument();
  });
});

describe('region profile', () => {
  it('shows the headline figures with year, rank and source, and adds the region to the comparison', async () => {
    const { screen, user } = renderApp('/region/61.11');
    const heading = await screen.findByRole('heading', { level: 4, name: 'Indeks Pembangunan Manusia' });
    const ipm = heading.closest('li')!;
    expect(ipm).toHaveTextContent('65,74 indeks (2024)');
    expect(ipm).toHaveTextContent('peringkat 4 dari 4 kabupaten/kota se-Indonesia');
    expect(within(ipm).getByRole('link', { name: 'BPS' })).toHaveAttribute(
      'href',
      expect.stringContaining('bps.go.id'),
    );
    await user.click(screen.getByRole('button', { name: 'Bandingkan' }));
    expect(useSelectionStore.getState().compare).toEqual(['61.11']);
    expect(screen.getByRole('link', { name: 'Lihat di peta' })).toHaveAttribute(
      'href',
      '/?region=61.11&compare=61.11&level=regency',
    );
  });

  it('says so when the code is not a known region', async () => {
    const { screen } = renderApp('/region/99.99');
    expect(await screen.findByText('Wilayah dengan kode 99.99 tidak ditemukan.')).toBeInTheDocument();
  });
});

describe('region directory', () => {
  it('lists the provinces when no region is chosen, and a province lists its regencies/cities', async () => {
    const { screen, user } = renderApp('/region');
    await user.click(await screen.findByRole('link', { name: 'Kalimantan Barat' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kalimantan Barat' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: '3 kabupaten/kota' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Kabupaten Ketapang', 'Kabupaten Kayong Utara', 'Kota Pontianak']);
  });
});
