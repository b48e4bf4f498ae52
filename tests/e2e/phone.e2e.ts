import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  baseUrl,
  chromiumPath,
  openPage,
  screenshot,
  SCREENSHOT_DIR,
  sharedBrowser,
} from './browser-session';
import { smallTargets, visibleHeightAtTop } from './phone-checks';

// Each page with the condition that says its content has arrived.
const PAGES = [
  ['/', '.leaflet-container[data-regions-drawn]'],
  ['/region/61.11', '#attention-heading'],
  ['/rankings', '.rankings-table tbody tr'],
  ['/compare?compare=61.11,61.04,61.71', 'main h1'],
  ['/sectors', 'main h1'],
  ['/data', '.card table'],
  ['/import', 'main h1'],
] as const;

const slug = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'map';

async function open(page: Page, path: string, ready: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.locator(ready).first().waitFor();
}

describe.skipIf(!chromiumPath)('phone, 390×844, Indonesian', () => {
  const browser = sharedBrowser();

  it.each(PAGES)(
    '%s: one-row header, no sideways scroll, targets of 24 px or spaced',
    async (path, ready) => {
      const { page, context } = await openPage(browser(), 'phone');
      await open(page, path, ready);
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(120);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await smallTargets(page)).toEqual([]);
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, `phone-${slug(path)}-first-screen.png`) });
      await screenshot(page, `phone-${slug(path)}`);
      await context.close();
    },
  );

  it('opens the pages from a 44 px menu button, by keyboard too, in both languages', async () => {
    const { page, context } = await openPage(browser(), 'phone');
    await open(page, '/data', '.card table');
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    expect((await menu.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Peringkat' }).click();
    await page.locator('.rankings-table tbody tr').first().waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).waitFor();
    expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThanOrEqual(120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Data & sources' }).waitFor();
    await context.close();
  });

  it('shows the map in the first screen, its controls on demand, and brings a found region into view', async () => {
    const { page, context } = await openPage(browser(), 'phone');
    await open(page, '/', '.leaflet-container[data-regions-drawn]');
    expect(await visibleHeightAtTop(page, '.leaflet-container')).toBeGreaterThanOrEqual(200);
    expect(await page.getByRole('button', { name: 'Perbesar' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Indikator' }).isVisible()).toBe(false);
    const options = page.getByRole('button', { name: /^Pilihan peta/ });
    expect((await options.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await options.click();
    await page.getByRole('combobox', { name: 'Indikator' }).waitFor();
    await options.click();

    await page.getByRole('combobox', { name: 'Cari daerah di peta' }).fill('kayong');
    await page.getByRole('option', { name: /Kabupaten Kayong Utara/ }).click();
    const panel = page.getByRole('complementary', { name: 'Daerah terpilih' });
    await panel.getByRole('heading', { name: 'Kabupaten Kayong Utara' }).waitFor();
    await page.waitForFunction(() => {
      const map = document.querySelector('.overview-grid__map')!.getBoundingClientRect();
      return map.top >= -1 && map.top < 40;
    });
    expect(await panel.textContent()).toMatch(/Kelas: Sedang/);
    expect(await panel.textContent()).toMatch(/Kelompok warna: \d/);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'phone-map-kayong-utara.png') });
    await context.close();
  });

  it('answers first on the profile: name, key figures and "Perlu perhatian" in the first screen', async () => {
    const { page, context } = await openPage(browser(), 'phone');
    await open(page, '/region/61.11', '#attention-heading');
    const attention = await page.locator('#attention-heading').boundingBox();
    expect(attention!.y + attention!.height).toBeLessThanOrEqual(844);
    const firstFinding = await page.locator('.finding-list--attention .finding').first().boundingBox();
    expect(firstFinding!.y).toBeLessThan(844);
    expect((await page.locator('.profile-facts').boundingBox())!.y).toBeLessThan(844);
    const ombudsman = page.locator('.service-item[data-indicator="ombudsman-score"]');
    expect(await ombudsman.locator('.service-item__value').textContent()).toContain('Zona hijau');
    expect(await ombudsman.textContent()).toMatch(/Riwayat: nilai 52,93 pada 2019/);
    await context.close();
  });

  it('shares the card file and text through the share sheet, and always offers WhatsApp', async () => {
    const { page, context } = await openPage(browser(), 'phone');
    await page.addInitScript(() => {
      const calls: { text: string; files: { name: string; type: string; size: number }[] }[] = [];
      Object.assign(window, { sharedCalls: calls });
      Object.assign(navigator, {
        canShare: (data: { files?: File[] }) => Boolean(data.files?.length),
        share: async (data: { text: string; files?: File[] }) => {
          calls.push({
            text: data.text,
            files: (data.files ?? []).map((f) => ({ name: f.name, type: f.type, size: f.size })),
          });
        },
      });
    });
    await open(page, '/region/61.11?indicator=ipm&region=61.11', '#attention-heading');
    const share = page.locator('#share').getByRole('button', { name: 'Bagikan', exact: true });
    expect((await share.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await share.click();
    await page.getByText('Kartu dan teks dikirim ke menu berbagi perangkat.').waitFor();
    const [call] = await page.evaluate(() => (window as unknown as { sharedCalls: unknown[] }).sharedCalls);
    const { text, files } = call as { text: string; files: { name: string; type: string; size: number }[] };
    expect(files).toEqual([
      { name: 'kinerja-daerah_ipm_61.11.png', type: 'image/png', size: expect.any(Number) as number },
    ]);
    expect(files[0]!.size).toBeGreaterThan(10_000);
    expect(text).toContain('Kabupaten Kayong Utara — Indeks Pembangunan Manusia (IPM) 2024: 65,74');
    expect(text).toContain('peringkat 470 dari 514 kabupaten/kota se-Indonesia');
    expect(text).toMatch(/Pembanding 2024: Kalimantan Barat 70,13 · Indonesia \d/);
    expect(text).toContain(`${baseUrl}/region/61.11`);
    expect(text).not.toContain('?');
    const whatsApp = await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
    expect(whatsApp).toMatch(/^https:\/\/wa\.me\/\?text=Kabupaten%20Kayong%20Utara/);
    await context.close();
  });

  it('labels each control starting with its visible text on / and /data (axe, label in name)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { page, context } = await openPage(browser(), 'phone');
    for (const [path, ready] of [PAGES[0], PAGES[5]]) {
      await open(page, path, ready);
      await page.evaluate(axeSource);
      const ids = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'rule', values: ['label-content-name-mismatch', 'target-size'] },
        });
        return result.violations.map((v) => v.id);
      });
      expect(ids, path).toEqual([]);
    }
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('link previews and print', () => {
  const browser = sharedBrowser();
  const distDir = inject('distDir');

  it('builds /region/61.11 as HTML naming Kabupaten Kayong Utara and its figures, served by vite preview', async () => {
    const html = readFileSync(join(distDir, 'region', '61.11', 'index.html'), 'utf8');
    const index = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta property="og:title" content="Kabupaten Kayong Utara[^"]*IPM 2024: 65,74/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]*Sumber: /);
    expect(html).toContain('<meta property="og:url" content="/region/61.11" />');
    const scripts = (text: string) => text.match(/<script[^>]*>|http-equiv="Content-Security-Policy"[^>]*>/g);
    expect(scripts(html)).toEqual(scripts(index));
    const served = await (await fetch(`${baseUrl}/region/61.11`)).text();
    expect(served).toContain('<title>Kabupaten Kayong Utara');
  });

  it('prints the profile as an A4 report with a running header, and a one-page briefing', async () => {
    const { page, context } = await openPage(browser());
    await open(page, '/region/61.11', '.profile-trend svg.recharts-surface');
    const pdf = resolve(SCREENSHOT_DIR, 'phone-region-61.11-report.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(first).toContain('Kinerja Daerah');
    expect(first).toContain('Kabupaten Kayong Utara');
    expect(first).toContain(`Dicetak ${today}`);
    expect(first).toContain(`${baseUrl}/region/61.11`);
    // Every page but the last is filled past its middle: the lowest line of body text on each.
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const pages = bbox
      .split('<page ')
      .slice(1)
      .map((p) => {
        const height = Number(/height="([\d.]+)"/.exec(p)![1]);
        const bottoms = [...p.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
          .map((m) => [Number(m[1]), Number(m[2])] as const)
          .filter(([top, bottom]) => top > 50 && bottom < height - 46)
          .map(([, bottom]) => bottom);
        return Math.max(...bottoms) / height;
      });
    expect(pages.length).toBeGreaterThan(1);
    expect(
      pages.slice(0, -1).every((fill) => fill > 0.5),
      pages.join(', '),
    ).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, resolve(SCREENSHOT_DIR, 'phone-region-61.11-report')]);

    await page.evaluate(() => document.documentElement.classList.add('print-briefing'));
    const brief = resolve(SCREENSHOT_DIR, 'phone-region-61.11-briefing.pdf');
    await page.pdf({ path: brief, format: 'A4' });
    const info = execFileSync('pdfinfo', [brief], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', [brief, '-'], { encoding: 'utf8' });
    expect(text).toContain('Perlu perhatian');
    expect(text).toContain('65,74');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      brief,
      resolve(SCREENSHOT_DIR, 'phone-region-61.11-briefing'),
    ]);
    await context.close();
  });
});
