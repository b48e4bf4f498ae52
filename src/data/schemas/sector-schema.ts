import * as z from 'zod/mini';
import { OBSERVATION_FLAGS, type ObservationFlag, type Source } from '../../domain/provenance';
import { SECTOR_CODES, TOTAL_CODE, type SectorOrTotal } from '../../domain/sectors/sector-codes';
import type { SectorValue } from '../../domain/sectors/sector-value';
import { sourceSchema } from './indicator-schema';
import { regionCodeSchema } from './region-schema';
import { InvalidPayloadError, issuesFromZod, type Validated } from './validate-rows';

const SECTORS = [...SECTOR_CODES, TOTAL_CODE] as [SectorOrTotal, ...SectorOrTotal[]];
const isKnownFlag = (flag: string): flag is ObservationFlag =>
  OBSERVATION_FLAGS.includes(flag as ObservationFlag);

/** One row of `sectors/pdrb.json`; `source` names an entry of the file's `sources`. */
export const sectorRowSchema = z.object({
  region: regionCodeSchema,
  year: z.int().check(z.gte(1945), z.lte(2100)),
  quarter: z.optional(z.int().check(z.gte(1), z.lte(4))),
  basis: z.enum(['adhk', 'adhb']),
  sector: z.enum(SECTORS),
  value: z.number().check(z.gte(0)),
  source: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string()),
  preliminary: z.optional(z.boolean()),
  flags: z.optional(
    z.pipe(
      z.array(z.string()),
      z.transform((flags) => flags.filter(isKnownFlag)),
    ),
  ),
});

const sectorFileSchema = z.object({
  unit: z.optional(z.string()),
  sources: z.optional(z.array(z.unknown())),
  rows: z.array(z.unknown()),
});

const sourceEntrySchema = z.extend(sourceSchema, { id: z.string().check(z.minLength(1)) });

/**
 * Validates `sectors/pdrb.json` row by row: valid rows are kept, each invalid row (or an unknown source
 * id) is reported. A file of the wrong shape, or without any valid row, is rejected whole.
 */
export function validateSectorFile(resource: string, payload: unknown): Validated<SectorValue> {
  const file = sectorFileSchema.safeParse(payload);
  if (!file.success) throw new InvalidPayloadError(resource, issuesFromZod(file.error, null));
  const sources = new Map<string, Source>();
  const issues: Validated<SectorValue>['issues'] = [];
  (file.data.sources ?? []).forEach((entry, index) => {
    const parsed = sourceEntrySchema.safeParse(entry);
    if (!parsed.success) {
      issues.push(
        ...issuesFromZod(parsed.error, null).map((i) => ({ ...i, field: `sources.${index}.${i.field}` })),
      );
      return;
    }
    const { id, ...source } = parsed.data;
    sources.set(id, source);
  });
  const rows: SectorValue[] = [];
  const positions: number[] = [];
  file.data.rows.forEach((item, index) => {
    const parsed = sectorRowSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...issuesFromZod(parsed.error, index));
      return;
    }
    const { source: sourceId, flags, ...rest } = parsed.data;
    const row: SectorValue = { ...rest };
    if (flags && flags.length > 0) row.flags = flags;
    if (sourceId !== undefined) {
      const source = sources.get(sourceId);
      if (!source) {
        issues.push({ row: index, field: 'source', reason: `no source with id "${sourceId}" in "sources"` });
        return;
      }
      row.source = source;
    }
    rows.push(row);
    positions.push(index);
  });
  if (rows.length === 0 && file.data.rows.length > 0) throw new InvalidPayloadError(resource, issues);
  return { rows, issues, positions };
}
