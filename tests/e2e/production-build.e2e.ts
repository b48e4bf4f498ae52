import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const DIST = inject('distDir');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('production build', () => {
  it('carries no MSW code or worker', () => {
    const files = filesUnder(DIST);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.endsWith('mockServiceWorker.js'))).toEqual([]);
    const offenders = files
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /setupWorker|msw\/browser|MockServiceWorker|\[MSW\]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
