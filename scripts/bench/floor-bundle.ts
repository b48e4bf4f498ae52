import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { filesUnder, gzipSize } from './sizes';
import { readFileSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The floor the brief measures against: react + react-dom + leaflet + react-leaflet + recharts +
 * zustand, each imported whole, built the same way as the app. Returns gzipped JS bytes.
 */
export async function measureFloorBundle(): Promise<number> {
  const dir = join(ROOT, '.cache/bench-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    [
      "import * as React from 'react';",
      "import * as ReactDOM from 'react-dom/client';",
      "import * as L from 'leaflet';",
      "import * as RL from 'react-leaflet';",
      "import * as RC from 'recharts';",
      "import * as Z from 'zustand';",
      'globalThis.__floor = [React, ReactDOM, L, RL, RC, Z];',
    ].join('\n'),
  );
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    build: { outDir: join(dir, 'dist'), target: 'es2022' },
  });
  const js = filesUnder(join(dir, 'dist')).filter((f) => f.endsWith('.js'));
  return js.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
}
