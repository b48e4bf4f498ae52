import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FILES } from './build-boundaries';
import { isUpToDate } from './ensure-boundaries';
import { buildSourceFiles, computeInputHash, hashParts } from './input-hash';

describe('hashParts', () => {
  it('does not depend on the order of the parts', () => {
    const a = { name: 'a.ts', content: 'x' };
    const b = { name: 'b.ts', content: 'y' };
    expect(hashParts([a, b])).toBe(hashParts([b, a]));
  });

  it('changes with any name or content', () => {
    const base = hashParts([{ name: 'a.ts', content: 'x' }]);
    expect(hashParts([{ name: 'a.ts', content: 'y' }])).not.toBe(base);
    expect(hashParts([{ name: 'b.ts', content: 'x' }])).not.toBe(base);
    // Boundaries between parts count: "ab" + "" is not "a" + "b".
    expect(
      hashParts([
        { name: 'p', content: 'ab' },
        { name: 'q', content: '' },
      ]),
    ).not.toBe(
      hashParts([
        { name: 'p', content: 'a' },
        { name: 'q', content: 'b' },
      ]),
    );
  });
});

describe('computeInputHash', () => {
  it('covers the build sources but not the tests', () => {
    const files = buildSourceFiles();
    expect(files).toContain('build-boundaries.ts');
    expect(files).toContain('regency-aliases.ts');
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
    expect(computeInputHash()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('isUpToDate', () => {
  it('needs every output and a matching hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
    expect(isUpToDate(dir, 'abc')).toBe(false);
    for (const name of [OUTPUT_FILES.regency, OUTPUT_FILES.province, OUTPUT_FILES.coverage])
      writeFileSync(join(dir, name), '{}');
    expect(isUpToDate(dir, 'abc')).toBe(false);
    writeFileSync(join(dir, OUTPUT_FILES.inputHash), 'abc\n');
    expect(isUpToDate(dir, 'abc')).toBe(true);
    expect(isUpToDate(dir, 'abd')).toBe(false);
  });
});
