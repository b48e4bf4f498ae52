import { waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { observationsFixture } from '../../src/mocks/fixtures';
import { useNoticeStore } from '../../src/store/notice-store';
import { useSelectionStore } from '../../src/store/selection-store';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

const URL = '/rankings?indicator=poverty-rate&year=2024&level=regency';
const table = (screen: ReturnType<typeof renderApp>['screen']) =>
  screen.findByRole('table', { name: /Persentase penduduk miskin 2024, Kabupaten\/kota/ }, { timeout: 5000 });
const bodyRows = (t: HTMLElement) => within(t).getAllByRole('row').slice(1);
const names = (t: HTMLElement) => bodyRows(t).map((r) => within(r).getAllByRole('rowheader')[0]!.textContent);

describe('rankings page', () => {
  it('ranks every regency of the level with value, change since the previous year, province and kind', async () => {
    const { screen } = renderApp(URL);
    const t = await table(screen);
    await within(t).findByText('8,84');
    // Lower poverty is better: Pontianak 4,20, Jakarta Pusat 4,63, Ketapang 8,50, Kayong Utara 8,84.
    expect(names(t)).toEqual([
      'Kota Pontianak',
      'Kota Administrasi Jakarta Pusat',
      'Kabupaten Ketapang',
      'Kabupaten Kayong Utara',
    ]);
    const kayong = bodyRows(t)[3]!;
    expect(kayong).toHaveTextContent('4Kabupaten Kayong Utara8,84-0,29 sejak 2023 · membaik');
    expect(kayong).toHaveTextContent('Kalimantan BaratKabupaten');
    expect(screen.getByText('4 dari 4 daerah ditampilkan')).toBeInTheDocument();
  });

  it('sorts by a column both ways and writes the sort into the address', async () => {
    const { screen, user, router } = renderApp(URL);
    const t = await table(screen);
    await within(t).findByText('8,84');
    await user.click(within(t).getByRole('button', { name: 'Urutkan menurut Nilai' }));
    await waitFor(() => expect(router.location?.search).toContain('sort=value'));
    expect(names(await table(screen))[0]).toBe('Kota Pontianak');
    await user.click(within(await table(screen)).getByRole('button', { name: 'Urutkan menurut Nilai' }));
    await waitFor(() => expect(router.location?.search).toContain('dir=desc'));
    expect(names(await table(screen))[0]).toBe('Kabupaten Kayong Utara');
    expect(within(await table(screen)).getAllByRole('columnheader')[2]).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('restores filters and search from the address and keeps the shared selection in it', async () => {
    const { screen, router } = renderApp(`${URL}&province=61&kind=kabupaten&sort=name`);
    const t = await table(screen);
    await within(t).findByText('8,84');
    expect(names(t)).toEqual(['Kabupaten Kayong Utara', 'Kabupaten Ketapang']);
    expect(screen.getByLabelText('Provinsi')).toHaveValue('61');
    expect(router.location?.search).toContain('indicator=poverty-rate');
  });

  it('searches by name and adds a region to the comparison from the table', async () => {
    const { screen, user } = renderApp(URL);
    await within(await table(screen)).findByText('8,84');
    await user.type(screen.getByLabelText('Cari nama daerah'), 'pontianak');
    await waitFor(async () => expect(names(await table(screen))).toEqual(['Kota Pontianak']));
    await user.click(screen.getByRole('checkbox', { name: 'Bandingkan Kota Pontianak' }));
    expect(useSelectionStore.getState().compare).toEqual(['61.71']);
  });

  it('offers "Bandingkan N daerah" once regions are ticked, and it opens the comparison', async () => {
    const { screen, user, router } = renderApp(URL);
    const t = await table(screen);
    await within(t).findByText('8,84');
    expect(screen.queryByRole('link', { name: /^Bandingkan \d+ daerah$/ })).not.toBeInTheDocument();
    await user.click(within(t).getByRole('checkbox', { name: 'Bandingkan Kabupaten Kayong Utara' }));
    await user.click(within(t).getByRole('checkbox', { name: 'Bandingkan Kabupaten Ketapang' }));
    await user.click(await screen.findByRole('link', { name: 'Bandingkan 2 daerah' }));
    await waitFor(() => expect(router.location?.pathname).toBe('/compare'));
  });

  it('opens a region profile from its name in the table', async () => {
    const { screen, user, router } = renderApp(URL);
    const t = await table(screen);
    await within(t).findByText('8,84');
    const link = within(t).getByRole('link', { name: 'Kabupaten Kayong Utara' });
    expect(link).toHaveAttribute('href', '/region/61.11');
    await user.click(link);
    await waitFor(() => expect(router.location?.pathname).toBe('/region/61.11'));
  });

  it('falls back to the default sort for a bad value and says so', async () => {
    const { screen } = renderApp(`${URL}&sort=drop-table`);
    const t = await table(screen);
    await within(t).findByText('8,84');
    expect(names(t)[0]).toBe('Kota Pontianak');
    await waitFor(() =>
      expect(useNoticeStore.getState().notices.map((n) => n.params?.param)).toContain('sort'),
    );
  });

  it('draws the top and bottom chart with a table view', async () => {
    const { screen, user } = renderApp(URL);
    await within(await table(screen)).findByText('8,84');
    const figure = screen
      .getByText('Persentase penduduk miskin: 10 teratas dan 10 terbawah')
      .closest('figure')!;
    await user.click(within(figure).getByRole('button', { name: 'Tampilkan tabel' }));
    const chartTable = within(figure).getByRole('table');
    expect(within(chartTable).getAllByRole('row')[1]).toHaveTextContent('1Kota Pontianak4,20');
  });
});

describe('rankings year', () => {
  it('opens on the newest year with values, not the fullest, and says which year it shows', async () => {
    // 2024 keeps only Kayong Utara; 2023 has all four regencies.
    const rows = observationsFixture['poverty-rate']!.observations as { region: string; year: number }[];
    server.use(
      http.get('*/data/v1/observations/poverty-rate.json', () =>
        HttpResponse.json({
          indicator: 'poverty-rate',
          observations: rows.filter((o) => o.year < 2024 || !o.region.includes('.') || o.region === '61.11'),
        }),
      ),
    );
    const { screen } = renderApp('/rankings?indicator=poverty-rate&level=regency');
    // The first lazy page of a test file compiles cold; on a loaded machine that takes longer than 5 s.
    const t = await screen.findByRole(
      'table',
      { name: /Persentase penduduk miskin 2024, Kabupaten\/kota/ },
      { timeout: 15_000 },
    );
    // The caption says 2024 (see `table`); the only ranked regency of 2024 comes first.
    expect(names(t)[0]).toBe('Kabupaten Kayong Utara');
    expect(
      screen.getByText('Menampilkan 2024, tahun terbaru yang punya nilai pada tingkat ini.'),
    ).toBeInTheDocument();
  });
});
