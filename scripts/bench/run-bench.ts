import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { measureInBrowser } from './browser-timings';
import { measureFloorBundle } from './floor-bundle';
import { filesUnder, kb, sizeOf, verdict } from './sizes';

/** Prints figures against budgets. Asserts nothing: the tests assert behaviour, this measures. */
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const DATA = join(ROOT, 'public/data/v1');
const BUDGET = {
  firstScreenJs: 200 * 1024,
  observationFile: 50 * 1024,
  regencyLayer: 150 * 1024,
  provinceLayer: 60 * 1024,
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${Math.round(value)} ms`;

async function main() {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  const js = filesUnder(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => sizeOf(f, DIST));
  const totalJs = js.reduce((s, f) => s + f.gzip, 0);
  const floor = await measureFloorBundle();

  const server = await preview({ preview: { port: 4199, host: '127.0.0.1' }, logLevel: 'silent' });
  const baseUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await measureInBrowser(baseUrl).finally(() => server.close());

  console.log('\n== Bundle (gzip -9) ==');
  if (browser) {
    const first = js.filter((f) => browser.firstScreenScripts.some((p) => p.endsWith(f.path)));
    const firstJs = first.reduce((s, f) => s + f.gzip, 0);
    console.log(
      `first screen (/) JS   ${kb(firstJs)} in ${first.length} files — aim ≤ ${kb(BUDGET.firstScreenJs)}: ${verdict(firstJs, BUDGET.firstScreenJs)}`,
    );
  } else {
    console.log('first screen (/) JS   not measured: no Chromium (set CHROME_PATH)');
  }
  console.log(`all JS                ${kb(totalJs)} in ${js.length} files`);
  console.log(`floor (react, react-dom, leaflet, react-leaflet, recharts, zustand, whole) ${kb(floor)}`);
  for (const f of [...js].sort((a, b) => b.gzip - a.gzip).slice(0, 6))
    console.log(`  ${f.path.padEnd(42)} ${kb(f.gzip)}`);

  console.log('\n== Bundled data (gzip -9) ==');
  const data = filesUnder(DATA)
    .filter((f) => f.endsWith('.json'))
    .map((f) => sizeOf(f, DATA));
  for (const f of data.sort((a, b) => a.path.localeCompare(b.path))) {
    const budget = f.path.startsWith('observations/')
      ? BUDGET.observationFile
      : f.path === 'boundaries/regency.topo.json'
        ? BUDGET.regencyLayer
        : f.path === 'boundaries/province.topo.json'
          ? BUDGET.provinceLayer
          : null;
    const note = budget ? ` (≤ ${kb(budget)}: ${verdict(f.gzip, budget)})` : '';
    console.log(`  ${f.path.padEnd(42)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gz${note}`);
  }

  console.log('\n== Map in Chromium (vite preview, median of 5) ==');
  if (!browser) {
    console.log('not measured: no Chromium');
    return;
  }
  console.log(
    `first map render, 514 regencies (navigation → drawn)  ${ms(median(browser.firstRenderMs))}  [${browser.firstRenderMs.map(ms).join(', ')}] — aim ≤ 1500 ms`,
  );
  console.log(
    `restyle after indicator switch (setStyle → painted)    ${ms(median(browser.restyleMs))}  [${browser.restyleMs.map((v) => v.toFixed(1)).join(', ')}] — aim ≤ 100 ms`,
  );
  console.log(
    `indicator switch, select → painted (data, React, map) ${ms(median(browser.restyleWithRenderMs))}  [${browser.restyleWithRenderMs.map(ms).join(', ')}]`,
  );
  const frames = [...browser.panZoomFrames].sort((a, b) => a - b);
  const p95 = frames[Math.floor(frames.length * 0.95)] ?? NaN;
  const long = frames.filter((f) => f > 50).length;
  console.log(
    `keyboard pan/zoom, regency layer: ${frames.length} frames, median ${ms(median(frames))}, p95 ${ms(p95)}, max ${ms(frames.at(-1) ?? NaN)}, ${long} over 50 ms (judder)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
