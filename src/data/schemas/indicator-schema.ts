import * as z from 'zod/mini';
import { SOURCE_GRADES, type SourceGrade } from '../../domain/provenance';
import { INDICATOR_CATEGORIES, type Indicator, type IndicatorCategory } from '../../domain/indicator';

export const localizedTextSchema = z.object({ id: z.string().check(z.minLength(1)), en: z.string() });

export const sourceSchema = z.object({
  name: z.string().check(z.minLength(1)),
  url: z.optional(z.url()),
  grade: z.optional(z.enum(SOURCE_GRADES as [SourceGrade, ...SourceGrade[]])),
  compiled: z.optional(z.string().check(z.minLength(1))),
});

const categorySchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: localizedTextSchema,
  order: z.int().check(z.gte(0)),
});

const bandSchema = z.object({
  from: z.nullable(z.number()),
  to: z.nullable(z.number()),
  label: localizedTextSchema,
});

const bandSetSchema = z.object({
  fromYear: z.int(),
  toYear: z.nullable(z.int()),
  method: localizedTextSchema,
  bands: z.array(bandSchema).check(z.minLength(1)),
});

export const indicatorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'ids are lower-case letters, digits and hyphens')),
  name: localizedTextSchema,
  unit: localizedTextSchema,
  polarity: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
  category: z.enum(INDICATOR_CATEGORIES as [IndicatorCategory, ...IndicatorCategory[]]),
  decimals: z.int().check(z.gte(0), z.lte(6)),
  description: localizedTextSchema,
  source: sourceSchema,
  bands: z.optional(z.array(bandSchema)),
  bandSets: z.optional(z.array(bandSetSchema)),
  categories: z.optional(z.array(categorySchema)),
  range: z.optional(z.object({ min: z.nullable(z.number()), max: z.nullable(z.number()) })),
  sample: z.optional(z.boolean()),
  derived: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<Indicator>;
