import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import { indexRegions } from '../../../domain/region-index';
import { profileIpmEn, profileIpmId } from '../../../i18n/features/profile-ipm';
import { createI18n, registerFeatureMessages } from '../../../i18n/setup-i18n';
import { IpmSection } from './ipm-section';
import { toIpmView } from './ipm-view-model';

registerFeatureMessages('profileIpm', { id: profileIpmId, en: profileIpmEn });

const regions = [
  { code: 'ID', name: 'Indonesia', level: 'country', parent: null, kind: 'negara' },
  { code: '61', name: 'Kalimantan Barat', level: 'province', parent: 'ID', kind: 'provinsi' },
  { code: '61.11', name: 'Kabupaten Kayong Utara', level: 'regency', parent: '61', kind: 'kabupaten' },
  { code: '61.71', name: 'Kota Pontianak', level: 'regency', parent: '61', kind: 'kota' },
] as Region[];
const obs = (code: string, value: number): Observation => ({ region: code as RegionCode, year: 2024, value });
const view = toIpmView({
  region: regions[2]!,
  indicators: [],
  index: indexRegions(regions),
  observationsById: new Map([
    ['ipm', [obs('ID', 74.2), obs('61', 70.13), obs('61.11', 65.74)]],
    ['life-expectancy', [obs('61.11', 69.51), obs('61.71', 74.15)]],
    ['expected-years-schooling', [obs('61.11', 12.2), obs('61.71', 15.06)]],
    ['mean-years-schooling', [obs('61.11', 6.54), obs('61.71', 10.47)]],
    ['adjusted-expenditure', [obs('61.11', 9016), obs('61.71', 16212)]],
  ]),
})!;

function renderSection(language: 'id' | 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <IpmSection view={view} />
    </I18nextProvider>,
  );
}

describe('IpmSection', () => {
  it('names the dimension that holds IPM back, with its index, components and rank in the province', () => {
    renderSection('id');
    expect(
      screen.getByText(
        'IPM Kabupaten Kayong Utara 65,74 (2024) tertahan terutama oleh pendidikan: indeks 0,557 (HLS 12,20 tahun, RLS 6,54 tahun), terendah dari tiga dimensinya, peringkat 2 dari 2 kabupaten/kota di Kalimantan Barat.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Kalimantan Barat 70,13 · Indonesia 74,20/)).toBeInTheDocument();
  });

  it('has a table view where the province and Indonesia read "tidak ada data", never zero', async () => {
    renderSection('id');
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan tabel' }));
    const row = screen.getByRole('row', { name: /^pendidikan/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['HLS 12,20 tahun, RLS 6,54 tahun', '0,557', 'tidak ada data', 'tidak ada data']);
  });

  it('reads in English', () => {
    renderSection('en');
    expect(screen.getByText(/is held back mainly by education: index 0\.557/)).toBeInTheDocument();
  });
});
