import { z } from 'zod';
import { INDICATOR_CATEGORIES, type Indicator } from '../../domain/indicator';

export const localizedTextSchema = z.object({ id: z.string().min(1), en: z.string() });

export const sourceSchema = z.object({
  name: z.string().min(1),
  url: z.url().optional(),
});

const bandSchema = z.object({
  from: z.number().nullable(),
  to: z.number().nullable(),
  label: localizedTextSchema,
});

const bandSetSchema = z.object({
  fromYear: z.int(),
  toYear: z.int().nullable(),
  method: localizedTextSchema,
  bands: z.array(bandSchema).min(1),
});

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case letters, digits and hyphens'),
  name: localizedTextSchema,
  unit: localizedTextSchema,
  polarity: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
  category: z
    .enum(INDICATOR_CATEGORIES as [string, ...string[]])
    .transform((c) => c as Indicator['category']),
  decimals: z.int().min(0).max(6),
  description: localizedTextSchema,
  source: sourceSchema,
  bands: z.array(bandSchema).optional(),
  bandSets: z.array(bandSetSchema).optional(),
  range: z.object({ min: z.number().nullable(), max: z.number().nullable() }).optional(),
  sample: z.boolean().optional(),
  derived: z.boolean().optional(),
}) satisfies z.ZodType<Indicator>;
