import * as z from 'zod/mini';
import type { Target } from '../../domain/target';
import { sourceSchema } from './indicator-schema';
import { regionCodeSchema } from './region-schema';

export const targetSchema = z.object({
  region: regionCodeSchema,
  year: z.int().check(z.gte(1945), z.lte(2100)),
  value: z.number(),
  source: z.optional(sourceSchema),
}) satisfies z.ZodMiniType<Target>;

export const targetFileSchema = z.object({
  indicator: z.string().check(z.minLength(1)),
  targets: z.array(z.unknown()),
});
