import { z } from 'zod';
import { OBSERVATION_FLAGS, type ObservationFlag } from '../../domain/provenance';
import type { Observation } from '../../domain/observation';
import { regionCodeSchema } from './region-schema';
import { sourceSchema } from './indicator-schema';

export const observationSchema = z.object({
  region: regionCodeSchema,
  year: z.int().min(1945).max(2100),
  value: z.number().finite().nullable(),
  source: sourceSchema.optional(),
  note: z.string().optional(),
  // Unknown flags from newer publishers are dropped rather than failing the row.
  flags: z
    .array(z.string())
    .transform((flags) =>
      flags.filter((f): f is ObservationFlag => OBSERVATION_FLAGS.includes(f as ObservationFlag)),
    )
    .optional(),
}) satisfies z.ZodType<Observation>;

export const observationFileSchema = z.object({
  indicator: z.string().min(1),
  observations: z.array(z.unknown()),
});
