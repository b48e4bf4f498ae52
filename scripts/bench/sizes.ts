import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function sizeOf(file: string, root: string): FileSize {
  const bytes = readFileSync(file);
  return { path: relative(root, file), raw: statSync(file).size, gzip: gzipSize(bytes) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function verdict(value: number, budget: number): string {
  return value <= budget ? 'within budget' : `OVER budget by ${kb(value - budget)}`;
}
