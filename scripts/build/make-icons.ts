/**
 * Renders the app icons of the web manifest from public/favicon.svg in system Chromium:
 * `npx tsx scripts/build/make-icons.ts`. The PNGs are committed; run this again after changing the SVG.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  // Maskable: the launcher may crop to a circle, so the mark sits inside the central 80 %.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const { file, size, inset } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<body style="margin:0;background:#0b4f6c"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: resolve(root, 'public/icons', file), omitBackground: inset === 0 });
  await page.close();
}
await browser.close();
console.log(`wrote ${ICONS.length} icons to public/icons/`);
