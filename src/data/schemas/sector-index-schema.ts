import * as z from 'zod/mini';
import type { SectorValue } from '../../domain/sectors/sector-value';
import { InvalidPayloadError, issuesFromZod, type Validated } from './validate-rows';

export const SECTOR_INDEX = 'sectors/index.json';
export const LEGACY_SECTOR_FILE = 'sectors/pdrb.json';

const indexSchema = z.object({
  version: z.literal(1),
  files: z
    .array(
      z.object({
        path: z.string().check(z.regex(/^sectors\/[a-z0-9/_-]+\.json$/)),
        level: z.optional(z.enum(['province', 'regency'])),
        province: z.optional(z.string()),
      }),
    )
    .check(z.minLength(1)),
});

/** The files `sectors/index.json` lists, each a `sectors/pdrb.json`-shaped part (docs/data-api.md). */
export function sectorIndexPaths(resource: string, payload: unknown): string[] {
  const parsed = indexSchema.safeParse(payload);
  if (!parsed.success) throw new InvalidPayloadError(resource, issuesFromZod(parsed.error, null));
  return [...new Set(parsed.data.files.map((f) => f.path))];
}

/** One set of rows; an issue names its file, a position counts rows across the files in order. */
export function joinSectorParts(
  paths: readonly string[],
  parts: readonly Validated<SectorValue>[],
): Validated<SectorValue> {
  const rows: SectorValue[] = [];
  const issues: Validated<SectorValue>['issues'] = [];
  const positions: number[] = [];
  let offset = 0;
  parts.forEach((part, i) => {
    part.rows.forEach((row, j) => {
      rows.push(row);
      positions.push(offset + (part.positions?.[j] ?? j));
    });
    issues.push(...part.issues.map((issue) => ({ ...issue, field: `${paths[i]}: ${issue.field}` })));
    const last = Math.max(
      -1,
      ...(part.positions ?? part.rows.map((_, j) => j)),
      ...part.issues.map((issue) => issue.row ?? -1),
    );
    offset += last + 1;
  });
  return { rows, issues, positions };
}
