import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../src/mocks/scenarios';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

/**
 * Every named failure must explain itself in words and keep whatever valid data there is.
 * The data page shows indicator definitions, region-based coverage and per-indicator observations,
 * so each resource can fail there while the others stay visible.
 */
describe('failure scenarios', () => {
  it('server error on regions: says the server is in trouble, still lists the indicators', async () => {
    server.use(scenarios.serverError('regions'));
    const { screen } = renderApp('/data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Gagal memuat daftar wilayah');
    expect(alert).toHaveTextContent('Server data sedang bermasalah (500)');
    expect(screen.getByRole('heading', { name: 'Persentase penduduk miskin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });

  it('network error on indicators: says the server cannot be reached, still shows the region', async () => {
    server.use(scenarios.networkError('indicators'));
    const { screen } = renderApp('/region/61.11');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Gagal memuat daftar indikator');
    expect(alert).toHaveTextContent('Server data tidak dapat dihubungi');
  });

  it('malformed JSON in observations: says the file is damaged, keeps every definition', async () => {
    server.use(scenarios.malformedJson('observations'));
    const { screen } = renderApp('/data');
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('Berkas data rusak: isinya bukan JSON yang sah');
    expect(screen.getByRole('heading', { name: 'Indeks Pembangunan Manusia' })).toBeInTheDocument();
    expect(screen.getByText('P0, Susenas Maret.')).toBeInTheDocument();
  });

  it('wrong types in regions: lists rows, fields and reasons, keeps the indicators', async () => {
    server.use(scenarios.wrongTypes('regions'));
    const { screen } = renderApp('/data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Isi berkas regions.json tidak sesuai format Data API v1');
    const table = within(alert).getByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(table).toHaveTextContent('level');
    expect(screen.getByRole('heading', { name: 'Indeks Pembangunan Manusia' })).toBeInTheDocument();
  });

  it('missing fields in indicators: names the missing fields, keeps the region', async () => {
    server.use(scenarios.missingFields('indicators'));
    const { screen } = renderApp('/region/61.11');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('indicators.json');
    expect(within(alert).getByRole('table')).toHaveTextContent('polarity');
  });

  it('partial rows in observations: skips the bad rows with reasons, shows the valid values', async () => {
    server.use(scenarios.partialRows('observations'));
    const { screen, user } = renderApp('/data');
    const card = (await screen.findByRole('heading', { name: 'Persentase penduduk miskin' })).closest(
      'article',
    )!;
    const note = await within(card as HTMLElement).findByText(
      /3 baris di observations\/poverty-rate.json dilewati/,
    );
    await user.click(note);
    const details = note.closest('details')!;
    expect(details).toHaveTextContent('unknown region code 99.99');
    expect(details).toHaveTextContent('140 is outside 0…100');
    // The valid rows still count: all 4 fixture regencies have a 2024 value.
    expect(within(card as HTMLElement).getByRole('row', { name: /2024/ })).toHaveTextContent('4 / 4');
  });

  it('partial rows in regions: keeps the valid regions and reports the two bad ones', async () => {
    server.use(scenarios.partialRows('regions'));
    const { screen } = renderApp('/region/61.11');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 baris di regions.json dilewati/)).toBeInTheDocument();
  });

  it('empty arrays: says there is nothing to show instead of a blank page', async () => {
    server.use(scenarios.emptyArrays('indicators'), scenarios.emptyArrays('regions'));
    const { screen } = renderApp('/data');
    expect(await screen.findByText(/Daftar indikator \(indicators.json\) kosong/)).toBeInTheDocument();
    expect(screen.getByText(/Daftar wilayah \(regions.json\) kosong/)).toBeInTheDocument();
  });

  it('a 404 says the file was not found and points at config.json, in English when switched', async () => {
    server.use(scenarios.notFound('indicators'));
    const { screen } = renderApp('/data', { language: 'en' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the list of indicators');
    expect(alert).toHaveTextContent(
      'The data file was not found (404). Check the data address in config.json.',
    );
  });
});

describe('retries', () => {
  it('says it is retrying while a server error lasts, then explains the failure', async () => {
    server.use(scenarios.serverError('indicators'));
    const { screen } = renderApp('/data', { retryDelayMs: 100 });
    expect(await screen.findByText(/mencoba lagi \(\d dari 3\)/)).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Sudah dicoba ulang beberapa kali');
  });
});
