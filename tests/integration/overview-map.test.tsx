import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { indicatorsFixture } from '../../src/mocks/fixtures';
import { scenarios } from '../../src/mocks/scenarios';
import { useSelectionStore } from '../../src/store/selection-store';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

// The first render loads data, boundaries and Leaflet; on a busy machine that takes more than findBy's 1 s.
const legend = async (screen: ReturnType<typeof renderApp>['screen']) =>
  screen.findByRole('region', { name: 'Legenda' }, { timeout: 5_000 });

describe('overview map', () => {
  it('builds the legend and the values table from the chosen indicator, year and level', async () => {
    const { screen, user } = renderApp('/?indicator=poverty-rate&year=2024&level=regency');
    const legendBox = await legend(screen);
    // Four fixture regencies with a 2024 value, none without.
    const counts = within(legendBox)
      .getAllByText(/\d+ daerah/)
      .map((el) => Number(el.textContent!.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(within(legendBox).getByText('Tidak ada data').nextSibling).toHaveTextContent('0 daerah');

    await user.click(screen.getByText('Tabel nilai peta (4 daerah)'));
    const table = screen.getByRole('table', { name: /Persentase penduduk miskin 2024, Kabupaten\/kota/ });
    const rows = within(table).getAllByRole('row').slice(1);
    // Lowest poverty first: Kota Pontianak 4,20 … Kabupaten Kayong Utara 8,84 … Ketapang 8,50
    expect(rows[0]).toHaveTextContent('1Kota Pontianak4,20');
    expect(rows.map((r) => r.textContent)).toContainEqual(
      expect.stringContaining('Kabupaten Kayong Utara8,84'),
    );
  });

  it('selects a region from the table and shows its value, rank and source in the side panel', async () => {
    const { screen, user } = renderApp('/?indicator=poverty-rate&year=2024&level=regency');
    await legend(screen);
    await user.click(screen.getByText('Tabel nilai peta (4 daerah)'));
    await user.click(screen.getByRole('button', { name: 'Kabupaten Kayong Utara' }));
    const panel = screen.getByRole('complementary', { name: 'Daerah terpilih' });
    expect(panel).toHaveTextContent('8,84 %');
    expect(panel).toHaveTextContent('peringkat 4 dari 4');
    expect(within(panel).getByRole('link', { name: 'BPS' })).toHaveAttribute(
      'href',
      expect.stringContaining('bps.go.id'),
    );
    expect(useSelectionStore.getState().region).toBe('61.11');
  });

  it('names the official class in the side panel and calls the colour bin only a colour group', async () => {
    const band = (from: number | null, to: number | null, id: string) => ({
      from,
      to,
      label: { id, en: id },
    });
    const withBands = indicatorsFixture.map((i) =>
      i.id === 'ipm'
        ? { ...i, bands: [band(null, 60, 'Rendah'), band(60, 70, 'Sedang'), band(70, null, 'Tinggi')] }
        : i,
    );
    server.use(http.get('*/data/v1/indicators.json', () => HttpResponse.json(withBands)));
    const { screen, user } = renderApp('/?indicator=ipm&level=regency');
    await legend(screen);
    await user.click(screen.getByText(/^Tabel nilai peta/));
    await user.click(screen.getByRole('button', { name: 'Kabupaten Kayong Utara' }));
    const panel = screen.getByRole('complementary', { name: 'Daerah terpilih' });
    // 65,74 falls in 60–70; its colour bin (a quantile of four regencies) is a different range.
    expect(panel).toHaveTextContent('Kelas: Sedang');
    expect(panel).toHaveTextContent(/Kelompok warna: \d/);
  });

  it('finds "kayong" with the search box and switches to the regency level to show it', async () => {
    const { screen, user } = renderApp('/?indicator=poverty-rate');
    await legend(screen);
    await user.type(screen.getByRole('combobox', { name: 'Cari daerah di peta' }), 'kayong');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(useSelectionStore.getState()).toMatchObject({ region: '61.11', level: 'regency' }),
    );
  });

  it('offers the official classes only for indicators that have them', async () => {
    const { screen, user } = renderApp('/?indicator=poverty-rate');
    await legend(screen);
    const classes = screen.getByLabelText('Pengelompokan warna');
    expect(within(classes).queryByRole('option', { name: 'Kelas resmi' })).toBeNull();
    await user.selectOptions(classes, 'equal');
    await waitFor(() => expect(useSelectionStore.getState().classes).toBe('equal'));
  });

  it('keeps the values table when the boundaries cannot be loaded', async () => {
    server.use(scenarios.serverError('boundaries'));
    const { screen } = renderApp('/?indicator=ipm&level=regency');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Gagal memuat batas wilayah');
    expect(screen.getByText(/Peta tidak dapat digambar, tetapi nilai tetap tersedia/)).toBeInTheDocument();
    expect(screen.getByText('Tabel nilai peta (4 daerah)')).toBeInTheDocument();
  });

  it('formats values the English way after switching language', async () => {
    const { screen, user } = renderApp('/?indicator=ipm&year=2024&level=regency&region=61.11');
    await legend(screen);
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    const panel = await screen.findByRole('complementary', { name: 'Selected region' });
    expect(panel).toHaveTextContent('65.74');
    expect(panel).toHaveTextContent('rank 4 of 4');
  });
});
