import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBoundaries, OUTPUT_FILES } from './build-boundaries';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('build-boundaries', () => {
  it('writes byte-identical files when run twice on the same inputs', () => {
    const first = mkdtempSync(join(tmpdir(), 'boundaries-a-'));
    const second = mkdtempSync(join(tmpdir(), 'boundaries-b-'));
    buildBoundaries({ outDir: first, log: () => {} });
    buildBoundaries({ outDir: second, log: () => {} });
    for (const name of Object.values(OUTPUT_FILES)) {
      expect(sha256(join(second, name)), name).toBe(sha256(join(first, name)));
    }
  }, 300_000);
});
