import { waitFor, within } from '@testing-library/react';
import type { HttpHandler } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type * as FetchJsonModule from '../../src/data/fetch-json';
import { scenarios, type Resource } from '../../src/mocks/scenarios';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

// A hung request must end in the test's lifetime: 1,5 s instead of the 20 s the app waits.
vi.mock('../../src/data/fetch-json', async (importOriginal) => {
  const actual = await importOriginal<typeof FetchJsonModule>();
  return {
    ...actual,
    fetchJson: (url: string, options: Parameters<typeof actual.fetchJson>[1] = {}) =>
      actual.fetchJson(url, { timeoutMs: 1_500, ...options }),
  };
});

type Screen = ReturnType<typeof renderApp>['screen'];

/**
 * Where each endpoint's failure is seen, what its panel is called, and what must stay on screen.
 * To cover a new endpoint (targets, sectors, imports), add a row here and its path in src/mocks/scenarios.ts.
 */
// The first render of a page loads its chunk; under load that can take more than a second.
const COLD = { timeout: 5_000 };

interface Page {
  url: string;
  what: string;
  stays: (s: Screen) => Promise<unknown>;
  /** An optional file: a host answering it with a web page (or 404) means "none", not a fault. */
  optional?: boolean;
}

// targets/* has no row here: the profile draws trends without a target line when they fail to load.
const PAGES: Partial<Record<Exclude<Resource, 'config'>, Page>> = {
  regions: {
    url: '/data',
    what: 'daftar wilayah',
    stays: (s) => s.findByRole('heading', { name: 'Indeks Pembangunan Manusia' }, COLD),
  },
  indicators: {
    url: '/region/61.11',
    what: 'daftar indikator',
    stays: (s) => s.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }, COLD),
  },
  observations: {
    url: '/?indicator=poverty-rate&level=regency',
    what: 'Persentase penduduk miskin',
    stays: async (s) => {
      await s.findByRole('group', { name: /Peta Persentase penduduk miskin/ }, COLD);
      return s.getByRole('combobox', { name: 'Cari daerah di peta' });
    },
  },
  sectors: {
    url: '/sectors?region=61',
    what: 'data PDRB menurut lapangan usaha',
    stays: (s) => s.findByRole('combobox', { name: 'Pilih daerah' }, COLD),
    optional: true,
  },
  boundaries: {
    url: '/?indicator=poverty-rate&level=regency',
    what: 'batas wilayah',
    stays: async (s) => {
      await s.findByRole('region', { name: 'Legenda' }, COLD);
      return s.getByText('Tabel nilai peta (4 daerah)');
    },
  },
};

const ENDPOINTS = Object.keys(PAGES) as (keyof typeof PAGES)[];
const pageOf = (resource: keyof typeof PAGES) => PAGES[resource]!;

/** Request faults: the file never arrives as data. Each has its own words. */
const REQUEST_FAULTS: { name: string; handler: (r: Resource) => HttpHandler; message: string }[] = [
  {
    name: '500',
    handler: scenarios.serverError,
    message: 'Server data sedang bermasalah (500). Sudah dicoba ulang beberapa kali.',
  },
  {
    name: 'network error',
    handler: scenarios.networkError,
    message: 'Server data tidak dapat dihubungi. Periksa koneksi internet, lalu coba lagi.',
  },
  {
    name: 'hung request',
    handler: scenarios.hang,
    message: 'Server data tidak menjawab dalam 2 detik, jadi permintaan dihentikan.',
  },
  {
    name: 'malformed JSON',
    handler: scenarios.malformedJson,
    message: 'Berkas data rusak: isinya bukan JSON yang sah.',
  },
  {
    name: 'HTML instead of JSON',
    handler: scenarios.htmlInsteadOfJson,
    message: 'Server mengirim halaman web (HTML), bukan berkas data.',
  },
  {
    name: 'over the size limit',
    handler: scenarios.tooLarge,
    message: 'Berkas data terlalu besar untuk dibuka dengan aman (lebih dari 25 MB).',
  },
];

const FILE: Record<keyof typeof PAGES, string> = {
  sectors: 'sectors/pdrb.json',
  targets: 'targets/ipm.json',
  regions: 'regions.json',
  indicators: 'indicators.json',
  observations: 'observations/poverty-rate.json',
  boundaries: 'boundaries/regency.topo.json',
};

/** The one alert on the page: the affected panel, and no other, says what failed. */
async function onlyAlert(screen: Screen, title: string) {
  const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
  expect(alert).toHaveTextContent(`Gagal memuat ${title}`);
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  return alert;
}

describe.each(ENDPOINTS)('faults in %s', (resource) => {
  const page = pageOf(resource);
  const faults = page.optional
    ? REQUEST_FAULTS.filter((f) => f.name !== 'HTML instead of JSON')
    : REQUEST_FAULTS;

  it.each(faults)('$name: says so in its panel only, the rest stays', async ({ handler, message }) => {
    server.use(handler(resource));
    const { screen } = renderApp(page.url);
    await page.stays(screen);
    const alert = await onlyAlert(screen, page.what);
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    await page.stays(screen);
  });

  it('503 twice, then the file: asks exactly three times and shows the data', async () => {
    const asked: string[] = [];
    const count = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith(FILE[resource])) asked.push(request.url);
    };
    server.events.on('request:start', count);
    server.use(scenarios.unavailableThenOk(resource, 2));
    const { screen } = renderApp(page.url);
    await page.stays(screen);
    await waitFor(() => expect(asked).toHaveLength(3));
    await page.stays(screen);
    expect(screen.queryByRole('alert')).toBeNull();
    server.events.removeListener('request:start', count);
  });

  it('wrong types: rejects the file with its rows, fields and reasons, the rest stays', async () => {
    server.use(scenarios.wrongTypes(resource));
    const { screen } = renderApp(page.url);
    await page.stays(screen);
    const alert = await onlyAlert(screen, page.what);
    expect(alert).toHaveTextContent(`Isi berkas ${FILE[resource]} tidak sesuai format Data API v1.`);
    expect(within(alert).getAllByRole('row').length).toBeGreaterThan(1);
  });

  it('missing fields: names the missing fields, the rest stays', async () => {
    server.use(scenarios.missingFields(resource));
    const { screen } = renderApp(page.url);
    await page.stays(screen);
    const alert = await onlyAlert(screen, page.what);
    expect(alert).toHaveTextContent(`Isi berkas ${FILE[resource]} tidak sesuai format Data API v1.`);
    const field: Record<keyof typeof PAGES, string> = {
      regions: 'name',
      indicators: 'polarity',
      observations: 'observations',
      boundaries: 'objects',
      sectors: 'rows',
      targets: 'targets',
    };
    expect(within(alert).getByRole('table')).toHaveTextContent(field[resource]);
  });
});

describe('row faults: bad rows are skipped with reasons, valid rows are shown', () => {
  const skipped = async (screen: Screen, summary: RegExp) => {
    const note = await screen.findByText(summary);
    return note.closest('details')!;
  };

  it('duplicate regions: the first row wins, the second is named', async () => {
    server.use(scenarios.duplicateRows('regions'));
    const { screen } = renderApp('/data');
    const details = await skipped(screen, /1 baris di regions.json dilewati/);
    expect(details).toHaveTextContent('second row for code 61.11');
    expect(screen.getByRole('heading', { name: 'Indeks Pembangunan Manusia' })).toBeInTheDocument();
    expect(screen.queryByText(/salinan/)).toBeNull();
  });

  it('duplicate indicators: the first definition wins', async () => {
    server.use(scenarios.duplicateRows('indicators'));
    const { screen } = renderApp('/data');
    const details = await skipped(screen, /1 baris di indicators.json dilewati/);
    expect(details).toHaveTextContent('second row for id ipm');
    expect(screen.getAllByRole('heading', { name: 'Indeks Pembangunan Manusia' })).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'IPM (salinan)' })).toBeNull();
  });

  const mapTable = async (screen: Screen, user: ReturnType<typeof renderApp>['user']) => {
    await user.click(await screen.findByText('Tabel nilai peta (4 daerah)'));
    return screen.getByRole('table', { name: /Persentase penduduk miskin 2024/ });
  };

  it.each([
    ['duplicate observations', scenarios.duplicateRows, 'second value for 61.11 in 2024', 1],
    ['unknown region codes', scenarios.unknownRegions, 'unknown region code 61.98', 2],
    ['values out of range', scenarios.outOfRange, '140 is outside 0…100', 2],
  ] as const)('%s: named in a note above the map, valid values mapped', async (_, handler, reason, count) => {
    server.use(handler('observations'));
    const { screen, user } = renderApp('/?indicator=poverty-rate&year=2024&level=regency');
    const details = await skipped(
      screen,
      new RegExp(`${count} baris di observations/poverty-rate.json dilewati`),
    );
    expect(details).toHaveTextContent(reason);
    const table = await mapTable(screen, user);
    // The first 2024 value for Kayong Utara is kept, not the +50 copy.
    expect(within(table).getByRole('row', { name: /Kabupaten Kayong Utara/ })).toHaveTextContent('8,84');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('empty arrays: says the list is empty instead of drawing a blank page', async () => {
    server.use(scenarios.emptyArrays('regions'));
    const { screen } = renderApp('/data');
    expect(
      await screen.findByText('Daftar wilayah (regions.json) kosong: belum ada wilayah untuk ditampilkan.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Indeks Pembangunan Manusia' })).toBeInTheDocument();
  });
});

describe('last good data', () => {
  it('keeps the map of the last indicator and its controls when the next one fails, and recovers', async () => {
    const { screen, user } = renderApp('/?indicator=poverty-rate&year=2024&level=regency');
    await screen.findByRole('region', { name: 'Legenda' });
    server.use(scenarios.serverError('observations'));
    await user.selectOptions(screen.getByLabelText('Indikator', { exact: true }), 'ipm');
    const alert = await onlyAlert(screen, 'Indeks Pembangunan Manusia');
    expect(alert).toHaveTextContent('Server data sedang bermasalah (500)');
    expect(screen.getByRole('group', { name: /Peta Indeks Pembangunan Manusia/ })).toBeInTheDocument();

    // Back to the indicator that loaded: its values are still there, without asking the server.
    await user.selectOptions(screen.getByLabelText('Indikator', { exact: true }), 'poverty-rate');
    expect(await screen.findByRole('region', { name: 'Legenda' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    // Once the server is back, "Coba lagi" loads the failed one.
    await user.selectOptions(screen.getByLabelText('Indikator', { exact: true }), 'ipm');
    const again = await onlyAlert(screen, 'Indeks Pembangunan Manusia');
    server.resetHandlers();
    await user.click(within(again).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('region', { name: 'Legenda' })).toHaveTextContent(/daerah/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('faults in config.json', () => {
  it.each([
    [scenarios.serverError, 'Server menjawab permintaan config.json dengan galat; memakai data bawaan.'],
    [
      scenarios.networkError,
      'config.json tidak dapat diambil (server tidak dapat dihubungi); memakai data bawaan.',
    ],
    [scenarios.hang, 'config.json tidak dijawab tepat waktu; memakai data bawaan.'],
    [scenarios.malformedJson, 'config.json rusak (bukan JSON yang sah); memakai data bawaan.'],
    [
      scenarios.htmlInsteadOfJson,
      'Alamat config.json mengirim halaman web, bukan konfigurasi; memakai data bawaan.',
    ],
    [scenarios.tooLarge, 'config.json terlalu besar untuk dibaca dengan aman; memakai data bawaan.'],
    [scenarios.wrongTypes, 'config.json tidak sah (dataUrl:'],
  ])('%#: a notice says why, and the bundled data is shown', async (handler, message) => {
    server.use(handler('config'));
    const { screen } = renderApp('/data');
    expect(
      await screen.findByText((text) => text.startsWith(message), {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Indeks Pembangunan Manusia' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
