import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSelectionStore } from '../../src/store/selection-store';
import { renderApp } from '../render-app';

const URL = '/compare?compare=61.11,61.04,61.71';
const compareTable = async (screen: ReturnType<typeof renderApp>['screen']) => {
  const table = await screen.findByRole('table', { name: /Nilai terbaru tiap indikator/ }, { timeout: 5000 });
  await within(table).findByText('8,84', {}, { timeout: 5000 });
  return table;
};

describe('compare page', () => {
  it('puts the regions side by side with year, rank, best and worst, and the province and Indonesia', async () => {
    const { screen } = renderApp(URL);
    const table = await compareTable(screen);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Indikator',
      'Kabupaten Kayong Utara',
      'Kabupaten Ketapang',
      'Kota Pontianak',
      'Kalimantan Barat (Pembanding)',
      'Indonesia (Pembanding)',
      'Sumber',
    ]);
    const poverty = within(table).getByRole('row', { name: /Persentase penduduk miskin/ });
    const cells = within(poverty).getAllByRole('cell');
    // Lower is better: Pontianak 4,20 best, Kayong Utara 8,84 worst; ranks among the 4 fixture regencies.
    expect(cells[0]).toHaveTextContent('8,84 terburuk2024 · peringkat 4/4');
    expect(cells[1]).toHaveTextContent('8,502024 · peringkat 3/4');
    expect(cells[2]).toHaveTextContent('4,20 terbaik2024 · peringkat 1/4');
    expect(cells[3]).toHaveTextContent('6,322024');
    expect(cells[4]).toHaveTextContent('9,032024');
  });

  it('draws a trend chart per indicator with a table view of every year', async () => {
    const { screen, user } = renderApp(URL);
    await compareTable(screen);
    const figure = screen
      .getByText('Indeks Pembangunan Manusia: tren daerah yang dibandingkan')
      .closest('figure')!;
    expect(within(figure).getAllByText(/2021–2024/).length).toBeGreaterThan(0);
    await user.click(within(figure).getByRole('button', { name: 'Tampilkan tabel' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('TahunKabupaten Kayong UtaraKabupaten KetapangKota Pontianak');
    expect(rows[4]).toHaveTextContent('202465,7469,4281,57');
  });

  it('plots two indicators with the axes in the address, and changes an axis', async () => {
    const { screen, user, router } = renderApp(`${URL}&x=poverty-rate&y=ipm`);
    await compareTable(screen);
    const figure = screen
      .getByText('Indeks Pembangunan Manusia menurut Persentase penduduk miskin')
      .closest('figure')!;
    await user.click(within(figure).getByRole('button', { name: 'Tampilkan tabel' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(
      'DaerahPersentase penduduk miskin (%), 2024Indeks Pembangunan Manusia (indeks), 2024',
    );
    expect(rows).toHaveLength(1 + 4); // every fixture regency with both values
    await user.selectOptions(screen.getByLabelText('Sumbu X'), 'ipm');
    // IPM is the default x axis, so it leaves the address; y stays.
    await waitFor(() => expect(router.location?.search).not.toMatch(/[?&]x=/));
    expect(router.location?.search).toContain('y=ipm');
  });

  it('adds a peer group in one click without pushing out the regions already chosen', async () => {
    const { screen, user } = renderApp('/compare?compare=61.11');
    await compareTable(screen);
    await user.click(screen.getByRole('button', { name: 'Tambahkan ke perbandingan: Satu provinsi (2)' }));
    expect(useSelectionStore.getState().compare).toEqual(['61.11', '61.04', '61.71']);
  });

  it('lists similar regions with the distance and the values used, and keeps the choice in the address', async () => {
    const { screen, user, router } = renderApp('/compare?compare=61.11&similar=ipm,poverty-rate');
    await compareTable(screen);
    const table = screen.getByRole('table', { name: 'Daerah serupa: Kabupaten Kayong Utara' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(
      'DaerahJarakIndeks Pembangunan Manusia (indeks) 2024Persentase penduduk miskin (%) 2024',
    );
    expect(rows[1]).toHaveTextContent('Kabupaten Kayong Utara (acuan)0,0065,748,84');
    // Nearest by z-scores over the 4 regencies: Ketapang (69,42; 8,50) before the two cities.
    expect(rows[2]).toHaveTextContent('Kabupaten Ketapang');
    await user.click(within(rows[2]!).getByRole('button', { name: 'Tambahkan Kabupaten Ketapang' }));
    expect(useSelectionStore.getState().compare).toEqual(['61.11', '61.04']);
    await user.click(screen.getByRole('checkbox', { name: 'Persentase penduduk miskin' }));
    await waitFor(() => expect(router.location?.search).toContain('similar=ipm'));
    expect(router.location?.search).not.toContain('poverty-rate');
  });
});
