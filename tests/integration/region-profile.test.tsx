import { configure, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indicatorsFixture } from '../../src/mocks/fixtures';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

// The fixtures hold Kalimantan Barat's three regencies/cities and Jakarta Pusat, with the real BPS values,
// and two made-up targets for Kayong Utara (IPM 67.50 by 2026, poverty 8.50% in 2024).
// Twelve observation files load per profile; on a busy machine that takes longer than the default second.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => vi.restoreAllMocks());

async function scoreItem(screen: ReturnType<typeof renderApp>['screen'], name: string) {
  const heading = await screen.findByRole('heading', { level: 4, name });
  return heading.closest('li')!;
}

describe('region profile of a regency', () => {
  it('shows each indicator’s newest value, change with its years, ranks, benchmarks and target', async () => {
    const { screen } = renderApp('/region/61.11');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }),
    ).toBeInTheDocument();
    const ipm = await scoreItem(screen, 'Indeks Pembangunan Manusia');
    await within(ipm).findByText(/sejak 2023/);
    expect(ipm).toHaveTextContent('65,74 indeks (2024)');
    expect(ipm).toHaveTextContent('+0,95 sejak 2023 · membaik');
    expect(ipm).toHaveTextContent('peringkat 3 dari 3 kabupaten/kota di Kalimantan Barat');
    expect(ipm).toHaveTextContent('peringkat 4 dari 4 kabupaten/kota se-Indonesia · seperempat terbawah');
    expect(ipm).toHaveTextContent('Pembanding 2024: Kalimantan Barat 70,13 · Indonesia 74,20');
    // 65.74 + 2 × 0.95 = 67.64 ≥ 67.50
    expect(ipm).toHaveTextContent('Di jalur target — target 2026: 67,50 (kurang 1,76)');
    expect(within(ipm).getByRole('img', { name: /sebaran 4 daerah/ })).toBeInTheDocument();

    const poverty = await scoreItem(screen, 'Persentase penduduk miskin');
    expect(poverty).toHaveTextContent('8,84 % (2024)');
    expect(poverty).toHaveTextContent('−0,29 sejak 2023 · membaik');
    expect(poverty).toHaveTextContent('Kalimantan Barat 6,32');
    expect(poverty).toHaveTextContent('Target tidak tercapai — target 2024: 8,50 (kurang 0,34)');
  });

  it('lists what needs attention first, most serious first, each with a sentence from the numbers', async () => {
    const { screen } = renderApp('/region/61.11');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Perlu perhatian' });
    const list = await within(heading.parentElement!).findAllByRole('listitem');
    // poverty: missed target, bottom quarter, above the province (7) before IPM: bottom quarter, below it (4)
    expect(list[0]).toHaveTextContent(
      'Persentase penduduk miskin turun dari 9,13% (2023) menjadi 8,84% (2024), tetapi masih di atas Kalimantan Barat (6,32%).',
    );
    expect(list[0]).toHaveTextContent('meleset dari target');
    expect(list[1]).toHaveTextContent(
      'Indeks Pembangunan Manusia naik dari 64,79 (2023) menjadi 65,74 (2024), tetapi masih di bawah Kalimantan Barat (70,13).',
    );
    const well = screen.getByRole('heading', { level: 2, name: 'Sudah baik' }).parentElement!;
    expect(well).toHaveTextContent(
      'Yang membaik sejak tahun sebelumnya: Persentase penduduk miskin (−0,29 sejak 2023); Indeks Pembangunan Manusia (+0,95 sejak 2023).',
    );
  });

  it('draws a trend chart per indicator, whose table has the same rows, the target year included', async () => {
    const { screen, user } = renderApp('/region/61.11');
    const figure = (
      await screen.findByText('Indeks Pembangunan Manusia', { selector: '.chart-frame__title' })
    ).closest('figure')!;
    expect(figure.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(figure).toHaveTextContent('2021–2026');
    await user.click(within(figure).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(figure).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tahun', 'Kabupaten Kayong Utara', 'Kalimantan Barat', 'Indonesia', 'Target']);
    expect(within(table).getByRole('row', { name: /^2024/ })).toHaveTextContent(
      '202465,7470,1374,20tidak ada data',
    );
    expect(within(table).getByRole('row', { name: /^2026/ })).toHaveTextContent(
      '2026tidak ada datatidak ada datatidak ada data67,50',
    );
  });

  it('reads in English', async () => {
    const { screen } = renderApp('/region/61.11', { language: 'en' });
    const ipm = await scoreItem(screen, 'Human Development Index');
    await within(ipm).findByText(/since 2023/);
    expect(ipm).toHaveTextContent('+0.95 since 2023 · improving');
    expect(ipm).toHaveTextContent('rank 3 of 3 regencies/cities in Kalimantan Barat');
    expect(ipm).toHaveTextContent('rank 4 of 4 regencies/cities in Indonesia · bottom quarter');
    const heading = screen.getByRole('heading', { level: 2, name: 'Needs attention' });
    expect(heading.parentElement).toHaveTextContent(
      'Poverty rate fell from 9.13% (2023) to 8.84% (2024), but is still above Kalimantan Barat (6.32%).',
    );
  });

  it('offers the figures as a share card and, when the clipboard refuses, the text to copy by hand', async () => {
    const context = {
      measureText: (text: string) => ({ width: text.length * 20 }),
      fillRect: vi.fn(),
      fillText: vi.fn(),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) =>
      callback(new Blob(['png'], { type: 'image/png' })),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    URL.createObjectURL = vi.fn(() => 'blob:card');
    URL.revokeObjectURL = vi.fn();
    const { screen, user } = renderApp('/region/61.11');
    // after renderApp: user-event installs its own clipboard
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    await user.click(await screen.findByRole('button', { name: 'Unduh kartu PNG & salin teks' }));
    expect(
      await screen.findByText(
        /Kartu kinerja-daerah_ipm_61.11.png diunduh. Teks tidak dapat disalin otomatis/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Teks untuk dibagikan' })).toHaveValue(
      'Kabupaten Kayong Utara — Indeks Pembangunan Manusia 2024: 65,74 indeks (peringkat 3 dari 3 kabupaten/kota di Kalimantan Barat; peringkat 4 dari 4 kabupaten/kota se-Indonesia; +0,95 sejak 2023 · membaik). Pembanding 2024: Kalimantan Barat 70,13 · Indonesia 74,20. Sumber: BPS. http://localhost:3000/region/61.11',
    );
    expect(context.fillText).toHaveBeenCalledWith('65,74', expect.any(Number), expect.any(Number));
    const whatsApp = screen.getByRole('link', { name: 'Kirim lewat WhatsApp' });
    expect(whatsApp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=Kabupaten%20Kayong%20Utara/);
    expect(decodeURIComponent(whatsApp.getAttribute('href')!)).toContain(
      'http://localhost:3000/region/61.11',
    );
  });
});

describe('province and country profiles', () => {
  it('ranks a province among provinces and lists its regencies/cities ranked per indicator', async () => {
    const { screen } = renderApp('/region/61');
    const ipm = await scoreItem(screen, 'Indeks Pembangunan Manusia');
    await within(ipm).findByText(/peringkat 2 dari 2 provinsi/);
    expect(ipm).toHaveTextContent('Pembanding 2024: Indonesia 74,20');
    const table = await screen.findByRole('table', { name: 'Indeks Pembangunan Manusia 2024: 3 daerah' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['1Kota Pontianak81,57', '2Kabupaten Ketapang69,42', '3Kabupaten Kayong Utara65,74']);
  });

  it('shows Indonesia with its provinces and no rank for the country itself', async () => {
    const { screen } = renderApp('/region/ID');
    const ipm = await scoreItem(screen, 'Indeks Pembangunan Manusia');
    expect(ipm).toHaveTextContent('74,20 indeks (2024)');
    expect(ipm).not.toHaveTextContent('peringkat');
    const table = await screen.findByRole('table', { name: 'Persentase penduduk miskin 2024: 2 daerah' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('1Daerah Khusus Ibukota Jakarta4,30');
  });

  it('says plainly when a region has almost no data, and how to supply figures', async () => {
    const governance = [
      'spbe-index',
      'ipp',
      'eppd',
      'ombudsman-score',
      'smart-city-cohort',
      'dummy-a',
      'dummy-b',
    ];
    server.use(
      http.get('*/data/v1/indicators.json', () =>
        HttpResponse.json([
          ...indicatorsFixture,
          ...governance.map((id) => ({
            ...indicatorsFixture[0]!,
            id,
            name: { id: `Indikator ${id}`, en: `Indicator ${id}` },
            category: 'governance',
          })),
        ]),
      ),
      http.get('*/data/v1/observations/:file', ({ params }) => {
        const id = String(params.file).replace(/\.json$/, '');
        if (!governance.includes(id)) return undefined;
        return HttpResponse.json({ indicator: id, observations: [] });
      }),
    );
    const { screen } = renderApp('/region/61.11');
    expect(
      await screen.findByText(/Data untuk Kabupaten Kayong Utara masih sedikit: baru 2 dari 9 indikator/),
    ).toBeInTheDocument();
    const services = screen.getByRole('heading', {
      level: 2,
      name: 'Layanan publik & e-government',
    }).parentElement!;
    // No card per missing assessment: one line names all seven and says how to supply them.
    expect(within(services).queryAllByRole('listitem')).toHaveLength(0);
    const line = within(services).getByText(/^Belum ada data: Indikator spbe-index; Indikator ipp;/);
    expect(line).toHaveTextContent('Indikator dummy-b. Isi dengan sumbernya lewat');
    expect(within(line).getByRole('link', { name: 'Impor data daerah' })).toHaveAttribute('href', '/import');
    expect(within(line).getByRole('link', { name: /Data & sumber/ })).toHaveAttribute('href', '/data');
    // The fixture has no IPM components, so the decomposition says so instead of inventing one.
    expect(
      screen.getByText(/Tidak ada data komponen IPM .* untuk Kabupaten Kayong Utara/),
    ).toBeInTheDocument();
  });
});
