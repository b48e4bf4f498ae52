import * as z from 'zod/mini';
import { OBSERVATION_FLAGS, type ObservationFlag } from '../../domain/provenance';
import type { Observation } from '../../domain/observation';
import { regionCodeSchema } from './region-schema';
import { sourceSchema } from './indicator-schema';

const isKnownFlag = (flag: string): flag is ObservationFlag =>
  OBSERVATION_FLAGS.includes(flag as ObservationFlag);

export const observationSchema = z.object({
  region: regionCodeSchema,
  year: z.int().check(z.gte(1945), z.lte(2100)),
  value: z.nullable(z.number()),
  source: z.optional(sourceSchema),
  note: z.optional(z.string()),
  category: z.optional(z.string().check(z.minLength(1))),
  // Unknown flags from newer publishers are dropped rather than failing the row.
  flags: z.optional(
    z.pipe(
      z.array(z.string()),
      z.transform((flags) => flags.filter(isKnownFlag)),
    ),
  ),
}) satisfies z.ZodMiniType<Observation>;

export const observationFileSchema = z.object({
  indicator: z.string().check(z.minLength(1)),
  observations: z.array(z.unknown()),
});
