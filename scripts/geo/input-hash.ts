import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion } from './read-inputs';
import { GEO_SCRIPTS_DIR, INPUT_PACKAGES } from './source-paths';

/** The build's own sources: everything in scripts/geo except tests. */
export function buildSourceFiles(dir = GEO_SCRIPTS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(ts|json)$/.test(name) && !/\.test\.ts$/.test(name))
    .sort();
}

/** Hashes named parts in a fixed order, so the same inputs always give the same hash. */
export function hashParts(parts: readonly { name: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const part of [...parts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${part.name}\0${part.content.length}\0${part.content}\0`);
  }
  return hash.digest('hex');
}

export function computeInputHash(dir = GEO_SCRIPTS_DIR): string {
  return hashParts([
    ...buildSourceFiles(dir).map((name) => ({
      name: `scripts/geo/${name}`,
      content: readFileSync(join(dir, name), 'utf8'),
    })),
    ...INPUT_PACKAGES.map((name) => ({ name: `package:${name}`, content: packageVersion(name) })),
  ]);
}
