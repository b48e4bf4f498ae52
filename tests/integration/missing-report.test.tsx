import { within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../src/lib/download';
import { observationsFixture } from '../../src/mocks/fixtures';
import { server } from '../msw-server';
import { renderApp } from '../render-app';

afterEach(() => vi.restoreAllMocks());

/** Poverty 2024 without Kayong Utara, and a null for Ketapang: both are gaps, neither a zero. */
function withPovertyGaps() {
  const rows = observationsFixture['poverty-rate']!.observations as { region: string; year: number }[];
  server.use(
    http.get('*/data/v1/observations/poverty-rate.json', () =>
      HttpResponse.json({
        indicator: 'poverty-rate',
        observations: rows
          .filter((o) => !(o.region === '61.11' && o.year === 2024))
          .map((o) => (o.region === '61.04' && o.year === 2024 ? { ...o, value: null } : o)),
      }),
    ),
  );
}

describe('missing-data report on /data', () => {
  it('names the regions without a value, links each gap to the import, and keeps the filter in the URL', async () => {
    withPovertyGaps();
    const { screen, user, router } = renderApp('/data?gap-indicator=poverty-rate&gap-year=2024');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Data yang belum ada' }))
      .parentElement!;
    const table = await within(section).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Kabupaten Kayong Utara · Kalimantan Barat',
      'Kabupaten Ketapang · Kalimantan Barat',
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Persentase penduduk miskin 2024' })).toHaveAttribute(
      'href',
      '/import',
    );
    expect(section).toHaveTextContent('2 dari 4 sel tidak ada datanya, di 2 dari 4 daerah.');

    await user.selectOptions(within(section).getByLabelText('Provinsi'), '31');
    expect(router.location?.search).toBe('?gap-province=31&gap-indicator=poverty-rate&gap-year=2024');
    expect(await within(section).findByText('Tidak ada celah untuk pilihan ini.')).toBeInTheDocument();
  });

  it('exports the same gaps as CSV', async () => {
    withPovertyGaps();
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    const { screen, user } = renderApp('/data?gap-indicator=poverty-rate&gap-year=2024');
    await user.click(await screen.findByRole('button', { name: 'Unduh CSV celah' }));
    const csv = save.mock.calls[0]![1];
    expect(csv.replace('\uFEFF', '').trim().split('\r\n')).toEqual([
      'region_code;region_name;province;indicator;indicator_name;year;status',
      '61.11;Kabupaten Kayong Utara;Kalimantan Barat;poverty-rate;Persentase penduduk miskin;2024;tidak ada data',
      '61.04;Kabupaten Ketapang;Kalimantan Barat;poverty-rate;Persentase penduduk miskin;2024;tidak ada data',
    ]);
  });
});
