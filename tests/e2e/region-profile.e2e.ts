import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  chromiumPath,
  openPage,
  screenshot,
  SCREENSHOT_DIR,
  sharedBrowser,
} from './browser-session';

// The targets file is optional: the bundled data has none, so the browser logs each 404.
const unexpected = (errors: string[]) => errors.filter((e) => !/404|Failed to load resource/.test(e));

const item = (page: Page, name: string) =>
  page.locator('li.score-item', { has: page.getByRole('heading', { level: 4, name, exact: true }) });

describe.skipIf(!chromiumPath)('region profile in Chromium', () => {
  const browser = sharedBrowser();

  it('shows Kayong Utara’s scorecard, attention, trends and their tables, in Indonesian and English', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/region/61.11`);
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kayong Utara' }).waitFor();
    const ipm = item(page, 'Indeks Pembangunan Manusia (IPM)');
    await ipm.getByText(/sejak 2023/).waitFor();
    const ipmText = await ipm.textContent();
    expect(ipmText).toContain('65,74');
    expect(ipmText).toContain('(2024)');
    expect(ipmText).toContain('+0,95 sejak 2023');
    expect(ipmText).toContain('peringkat 14 dari 14 kabupaten/kota di Kalimantan Barat');
    expect(ipmText).toContain('peringkat 470 dari 514 kabupaten/kota se-Indonesia');

    const poverty = item(page, 'Persentase penduduk miskin (P0)');
    const povertyText = await poverty.textContent();
    expect(povertyText).toContain('8,84');
    expect(povertyText).toContain('(2024)');
    expect(povertyText).toContain('Kalimantan Barat 6,32');

    const attention = page.locator('.finding-list--attention .finding');
    expect(await attention.count()).toBeGreaterThan(0);
    expect(await page.locator('.finding-list--attention').textContent()).toContain(
      'turun dari 9,13% (2023) menjadi 8,84% (2024), tetapi masih di atas Kalimantan Barat (6,32%).',
    );

    const chart = page
      .locator('.profile-trend', { has: page.locator('.chart-frame__title', { hasText: 'IPM' }) })
      .first();
    await chart.locator('svg.recharts-surface').waitFor();
    expect(await chart.locator('svg.recharts-surface').count()).toBe(1);
    expect(await chart.locator('.recharts-line').count()).toBe(3);
    await chart.getByRole('button', { name: 'Tampilkan tabel' }).click();
    const row2024 = chart.getByRole('row', { name: /^2024/ });
    expect(await row2024.textContent()).toBe('202465,7470,1374,20');
    await screenshot(page, 'region-61.11-id-desktop');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    const ipmEn = item(page, 'Human Development Index (HDI)');
    await ipmEn.getByText(/since 2023/).waitFor();
    const ipmEnText = await ipmEn.textContent();
    expect(ipmEnText).toContain('65.74');
    expect(ipmEnText).toContain('+0.95 since 2023 · improving');
    expect(ipmEnText).toContain('rank 14 of 14 regencies/cities in Kalimantan Barat');
    expect(await page.locator('.finding-list--attention').textContent()).toContain(
      'fell from 9.13% (2023) to 8.84% (2024), but is still above Kalimantan Barat (6.32%).',
    );
    await page.getByRole('heading', { level: 2, name: 'Needs attention' }).waitFor();
    await screenshot(page, 'region-61.11-en-desktop');
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();
  });

  it('fits a tablet and a phone', async () => {
    for (const [name, viewport] of [
      ['tablet', { width: 820, height: 1180 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const context = await browser().newContext({ viewport, locale: 'id-ID' });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/region/61.11`);
      await item(page, 'Indeks Pembangunan Manusia (IPM)')
        .getByText(/sejak 2023/)
        .waitFor();
      await page.locator('svg.recharts-surface').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `region-61.11-id-${name}`);
      await context.close();
    }
  });

  it('shows a province with its regencies ranked, and Indonesia with its provinces', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${baseUrl}/region/61`);
    await page.getByRole('heading', { level: 1, name: 'Kalimantan Barat' }).waitFor();
    const table = page.getByRole('table', { name: /^Indeks Pembangunan Manusia \(IPM\) 2024: 14 daerah/ });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Kota Pontianak');
    expect(await table.getByRole('row').last().textContent()).toContain('Kabupaten Kayong Utara');
    expect(await item(page, 'Indeks Pembangunan Manusia (IPM)').textContent()).toMatch(
      /peringkat \d+ dari 38 provinsi/,
    );
    await screenshot(page, 'region-61-id-desktop');

    await page.goto(`${baseUrl}/region/ID`);
    await page.getByRole('heading', { level: 1, name: 'Indonesia' }).waitFor();
    await page.getByRole('table', { name: /^Indeks Pembangunan Manusia \(IPM\) 2024: 38 daerah/ }).waitFor();
    expect(await item(page, 'Indeks Pembangunan Manusia (IPM)').textContent()).toContain('74,20');
    await screenshot(page, 'region-ID-id-desktop');
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();
  });

  it('prints on A4 and makes a share card', async () => {
    const { page, context } = await openPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/region/61.11`);
    await item(page, 'Indeks Pembangunan Manusia (IPM)')
      .getByText(/sejak 2023/)
      .waitFor();
    await page.locator('svg.recharts-surface').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh kartu PNG & salin teks' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kinerja-daerah_ipm_61.11.png');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const card = resolve(SCREENSHOT_DIR, 'share-card-61.11-ipm.png');
    copyFileSync((await download.path())!, card);
    expect(statSync(card).size).toBeGreaterThan(10_000);
    await page.getByText(/diunduh dan teks disalin/).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Kabupaten Kayong Utara — Indeks Pembangunan Manusia (IPM) 2024: 65,74');
    expect(copied).toContain(`${baseUrl}/region/61.11`);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await screenshot(page, 'region-61.11-print');
    const pdf = resolve(SCREENSHOT_DIR, 'region-61.11.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, resolve(SCREENSHOT_DIR, 'region-61.11-a4')]);
    } catch {
      // poppler-utils is optional: the PDF itself is kept for review
    }
    await context.close();
  });
});
