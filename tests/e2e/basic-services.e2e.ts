import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, openPage, screenshot, sharedBrowser } from './browser-session';

// The targets file is optional: the bundled data has none, so the browser logs each 404.
const unexpected = (errors: string[]) => errors.filter((e) => !/404|Failed to load resource/.test(e));

describe.skipIf(!chromiumPath)('basic services and the IPM decomposition in Chromium', () => {
  const browser = sharedBrowser();

  it('shows Kayong Utara’s Layanan dasar values with source and year, and what holds its IPM back', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/region/61.11`);
    const group = page.locator('section.profile-group', {
      has: page.getByRole('heading', { level: 3, name: 'Layanan dasar', exact: true }),
    });
    const item = (id: string) => group.locator(`li.score-item[data-indicator="${id}"]`);
    await item('improved-sanitation').waitFor();
    for (const [id, value] of [
      ['improved-sanitation', '73,00'],
      ['improved-drinking-water', '98,26'],
      ['expected-years-schooling', '12,20'],
      ['mean-years-schooling', '6,54'],
      ['life-expectancy', '69,51'],
    ] as const) {
      const text = await item(id).textContent();
      expect(text, id).toContain(value);
      expect(text, id).toContain('(2024)');
      expect(await item(id).locator('.source-note').textContent(), id).toContain('BPS');
    }

    const ipm = page.getByRole('region', { name: 'Mengapa IPM di angka ini' });
    expect(await ipm.locator('.ipm-sentence').textContent()).toBe(
      'IPM Kabupaten Kayong Utara 65,74 (2024) tertahan terutama oleh pendidikan: indeks 0,557 (HLS 12,20 tahun, RLS 6,54 tahun), terendah dari tiga dimensinya, peringkat 14 dari 14 kabupaten/kota di Kalimantan Barat.',
    );
    await ipm.getByRole('button', { name: 'Tampilkan tabel' }).click();
    const education = await ipm.getByRole('row', { name: /^pendidikan/ }).textContent();
    expect(education).toContain('0,557');
    expect(education).toContain('tidak ada data');
    await screenshot(page, 'basic-services-61.11-id-desktop');
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();
  });

  it('gives missing e-government assessments at most one line each, and no card', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/region/61.11`);
    const services = page.getByRole('region', { name: 'Layanan publik & e-government' });
    await services.waitFor();
    const missing = services.locator('.services-missing');
    await missing.waitFor();
    const missingText = (await missing.textContent()) ?? '';
    const names = missingText
      .replace(/^Belum ada data: /, '')
      .split('.')[0]!
      .split('; ');
    // Kayong Utara has an Ombudsman figure (a card); the other four assessments have none.
    expect(names).toEqual([
      'Indeks SPBE',
      'Indeks Pelayanan Publik (IPP)',
      'Evaluasi Penyelenggaraan Pemerintahan Daerah (EPPD)',
      'Angkatan Gerakan Menuju 100 Smart City',
    ]);
    expect(await services.locator('li.service-item').count()).toBe(1);
    for (const card of await services.locator('li.service-item').all()) {
      expect(await card.textContent()).not.toContain('belum ada data');
    }
    const lines = () =>
      missing.evaluate(
        (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
      );
    // Desktop and tablet: at most one line per missing assessment (two and three lines for four today).
    expect(await lines()).toBeLessThanOrEqual(names.length + 0.05);
    await page.setViewportSize({ width: 820, height: 1180 });
    expect(await lines()).toBeLessThanOrEqual(names.length + 0.05);
    expect(await missing.getByRole('link', { name: 'Impor data daerah' }).getAttribute('href')).toBe(
      '/import',
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.ipm-sentence').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'basic-services-61.11-id-phone');
    await context.close();
  });
});
