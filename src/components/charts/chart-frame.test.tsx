import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/setup-i18n';
import * as download from '../../lib/download';
import { ChartFrame } from './chart-frame';
import { DistributionStrip } from './distribution-strip';

const table = {
  columns: [
    { key: 'year', label: 'Tahun' },
    { key: 'region', label: 'Kayong Utara', decimals: 2 },
  ],
  rows: [
    { year: '2023', region: 64.79 },
    { year: '2024', region: 65.74 },
    { year: '2022', region: null },
  ],
};

function renderFrame(language: 'id' | 'en' = 'id') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ChartFrame
        title="IPM"
        unit="indeks"
        years="2022–2024"
        source={{ name: 'BPS' }}
        filename="ipm-61-11"
        table={table}
      >
        <svg className="recharts-surface" />
      </ChartFrame>
    </I18nextProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ChartFrame', () => {
  it('shows the same rows as a table, in Indonesian numbers, with gaps named', async () => {
    renderFrame();
    const toggle = screen.getByRole('button', { name: 'Tampilkan tabel' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const rows = within(screen.getByRole('table', { name: 'IPM' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'TahunKayong Utara',
      '202364,79',
      '202465,74',
      '2022tidak ada data',
    ]);
    expect(screen.getByRole('button', { name: 'Sembunyikan tabel' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('downloads the table rows as CSV under the chart file name', async () => {
    const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderFrame('en');
    await userEvent.click(screen.getByRole('button', { name: 'Table (CSV)' }));
    expect(spy).toHaveBeenCalledOnce();
    const [name, csv] = spy.mock.calls[0]!;
    expect(name).toBe('ipm-61-11.csv');
    expect(csv).toBe('\uFEFFTahun,Kayong Utara\r\n2023,64.79\r\n2024,65.74\r\n2022,\r\n');
  });

  it('states the source and the years', () => {
    renderFrame();
    expect(screen.getByText(/Sumber:/).textContent).toBe('Sumber: BPS · Tahun 2022–2024');
  });
});

describe('DistributionStrip', () => {
  it('names the spread and the highlighted regions with their values', () => {
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <DistributionStrip
          label="IPM 2024"
          polarity="higher-is-better"
          decimals={2}
          points={[
            { code: '61.11', value: 65.74 },
            { code: '61.71', value: 80.2 },
            { code: '61.01', value: 68.1 },
          ]}
          highlight={[{ code: '61.11', role: 'self', label: 'Kayong Utara' }]}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'IPM 2024: sebaran 3 daerah. Kayong Utara: 65,74',
    );
    expect(screen.getByText('lebih baik →')).toBeInTheDocument();
  });
});
