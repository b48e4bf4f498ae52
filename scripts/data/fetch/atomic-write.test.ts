import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates the folder, replaces the file and leaves no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'bps-webapi', 'ipm.csv');
    writeFileAtomic(path, 'a\n');
    writeFileAtomic(path, 'b\n');
    expect(readFileSync(path, 'utf8')).toBe('b\n');
    expect(readdirSync(join(dir, 'bps-webapi'))).toEqual(['ipm.csv']);
  });

  it('cleans up and throws when the rename fails, so nothing half-written stays', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'table.csv');
    mkdirSync(join(path, 'in-the-way'), { recursive: true }); // a non-empty folder where the file should go
    expect(() => writeFileAtomic(path, 'x\n')).toThrow();
    expect(readdirSync(dir)).toEqual(['table.csv']);
    expect(readdirSync(path)).toEqual(['in-the-way']);
  });
});
