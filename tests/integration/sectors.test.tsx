import { fireEvent, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sectorScenarios } from '../../src/mocks/sector-fixture';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

const AGRICULTURE = 'Pertanian, Kehutanan, dan Perikanan';

describe('sector priorities page', () => {
  it('ranks a province against the sum of the provinces it is given, with reasons', async () => {
    const { screen } = renderApp('/sectors?region=61');
    await screen.findByRole('heading', { name: 'Kalimantan Barat', level: 2 }, { timeout: 5000 });
    // The fixture has two provinces, so the reference is 31 + 61.
    expect(screen.getByText(/jumlah 2 provinsi/, { selector: '.sectors-reference' })).toHaveTextContent(
      'Tahunan 2020–2024',
    );
    const list = screen.getByRole('list', { name: 'Urutan prioritas sektor' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(17);
    // A 2024: (36,150.73 / 162,574.47) / ((36,150.73 + 1,516.94) / (162,574.47 + 2,151,198.76)) = 13.659
    expect(items[0]).toHaveTextContent(`${AGRICULTURE}: basis (LQ 13,66)`);
  });

  it('re-ranks when a weight changes and writes the weights into the address', async () => {
    const { screen, router } = renderApp('/sectors?region=61');
    await screen.findByRole('heading', { name: 'Kalimantan Barat', level: 2 }, { timeout: 5000 });
    const first = () =>
      within(screen.getByRole('list', { name: 'Urutan prioritas sektor' })).getAllByRole('listitem')[0];
    expect(first()).toHaveTextContent(AGRICULTURE);
    for (const label of [
      'Spesialisasi (LQ)',
      'Ukuran (pangsa PDRB)',
      'Kebutuhan warga (pendidikan, kesehatan, air, padat karya)',
    ]) {
      fireEvent.change(screen.getByLabelText(label), { target: { value: '0' } });
    }
    await waitFor(() => expect(router.location?.search).toContain('w=0%2C20%2C15%2C0%2C0'));
    await waitFor(() => expect(first()).not.toHaveTextContent(AGRICULTURE));
  });

  it('opens a region chosen in the search and drops the period of the previous one', async () => {
    const { screen, user, router } = renderApp('/sectors?region=61&to=2023&w=10,20,15,25,15');
    await screen.findByRole('heading', { name: 'Kalimantan Barat', level: 2 }, { timeout: 5000 });
    await user.type(screen.getByRole('combobox', { name: 'Pilih daerah' }), 'Kayong');
    await user.click(await screen.findByRole('option', { name: /Kabupaten Kayong Utara/ }));
    await screen.findByRole('heading', { name: 'Kabupaten Kayong Utara', level: 2 });
    const params = new URLSearchParams(router.location?.search);
    expect(Object.fromEntries(params)).toEqual({ region: '61.11', w: '10,20,15,25,15' });
  });

  it('shows a regency without annual data as a quarterly snapshot against the sum of its province regencies', async () => {
    const { screen } = renderApp('/sectors?region=61.11');
    await screen.findByRole('heading', { name: 'Kabupaten Kayong Utara', level: 2 }, { timeout: 5000 });
    const summary = screen.getByText(/Kalimantan Barat \(jumlah 3 kabupaten\/kota\)/, {
      selector: '.sectors-reference',
    });
    expect(summary).toHaveTextContent('Triwulan I 2026 · angka sementara');
    expect(screen.getByRole('note')).toHaveTextContent('tidak dipakai untuk ukuran pertumbuhan');
    // A, 2026 Q1: (247.34 / 823.73) / ((1,481.2 + 247.34 + 99.27) / (5,879.92 + 823.73 + 7,657.43)) = 2.359
    expect(
      screen.getByText(/^Pertanian menyumbang/, { selector: '.sector-priority__reason' }),
    ).toHaveTextContent(
      'Pertanian menyumbang porsi ekonomi 2,36 kali porsinya di Kalimantan Barat pada triwulan I 2026 (angka sementara): ini kekuatan khas daerah; persentase penduduk miskin (%) 8,84 (2024) di atas 6,32 di Kalimantan Barat, sehingga prioritasnya dinaikkan.',
    );
    // The analysts' wording stays in the details view.
    expect(
      screen.getByText(/^Pertanian, Kehutanan, dan Perikanan: basis/, {
        selector: '.sector-priority__technical',
      }),
    ).toHaveTextContent('basis (LQ 2,36) pada triwulan I 2026; tanpa ukuran pertumbuhan → basis');
    expect(screen.queryByText('Kuadran LQ × DLQ')).toBeNull();
  });

  it('gives one plain verdict per sector and explains every technical term in Indonesian', async () => {
    const { screen } = renderApp('/sectors?region=61');
    await screen.findByRole('heading', { name: 'Kalimantan Barat', level: 2 }, { timeout: 5000 });
    const first = within(screen.getByRole('list', { name: 'Urutan prioritas sektor' })).getAllByRole(
      'listitem',
    )[0]!;
    expect(first.querySelectorAll('.sector-verdict')).toHaveLength(1);
    expect(first.querySelector('.sector-priority__reason')).toHaveTextContent(
      /^Pertanian menyumbang porsi ekonomi/,
    );
    const glossary = screen.getByRole('region', { name: 'Istilah di halaman ini' });
    for (const term of [
      'LQ (Location Quotient',
      'DLQ (Dynamic',
      'Shift-share',
      'Tipologi Klassen',
      'Bauran industri (M)',
      'Daya saing (C)',
    ]) {
      expect(within(glossary).getByText(new RegExp(`^${term.replace(/[()]/g, '\\$&')}`))).toBeInTheDocument();
    }
    expect(glossary).toHaveTextContent('sektor itu lebih menonjol di daerah ini daripada di acuan');
  });

  it('says when a region has no sector data, shows the CSV format and links to the import', async () => {
    const { screen } = renderApp('/sectors?region=31.71');
    const heading = await screen.findByRole(
      'heading',
      { name: /Belum ada data PDRB menurut lapangan usaha untuk Kota Administrasi Jakarta Pusat/ },
      { timeout: 5000 },
    );
    const section = heading.closest('section')!;
    expect(within(section).getByText(/^kode_wilayah,tahun,harga,kode_sektor,nilai/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Unggah data daerah' })).toHaveAttribute(
      'href',
      '/import',
    );
  });

  it('treats a missing sector file as no sector data, not as an error', async () => {
    server.use(sectorScenarios.absent);
    const { screen } = renderApp('/sectors?region=61');
    await screen.findByRole(
      'heading',
      { name: /Belum ada data PDRB .* Kalimantan Barat/ },
      { timeout: 5000 },
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports an invalid row and still analyses the valid ones', async () => {
    server.use(sectorScenarios.partlyInvalid);
    const { screen } = renderApp('/sectors?region=61');
    await screen.findByRole('heading', { name: 'Kalimantan Barat', level: 2 }, { timeout: 5000 });
    expect(screen.getByText(/1 baris di sectors\/pdrb\.json dilewati/)).toBeInTheDocument();
    expect(screen.getAllByText(new RegExp(`^${AGRICULTURE}: basis`)).length).toBeGreaterThan(0);
  });

  it('says in its own panel when the sector file fails, and keeps the region search', async () => {
    server.use(
      http.get(
        '*/data/v1/sectors/pdrb.json',
        () => new HttpResponse('Internal Server Error', { status: 500 }),
      ),
    );
    const { screen } = renderApp('/sectors?region=61');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Gagal memuat data PDRB menurut lapangan usaha');
    expect(alert).toHaveTextContent('Server data sedang bermasalah (500)');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Pilih daerah' })).toBeInTheDocument();
  });
});
