import { z } from 'zod';
import { isRegionCode, type Region, type RegionCode } from '../../domain/region';

export const regionCodeSchema = z
  .string()
  .refine(isRegionCode, { message: 'not a Kemendagri code ("ID", "61" or "61.11")' })
  .transform((code) => code as RegionCode);

export const regionSchema = z
  .object({
    code: regionCodeSchema,
    name: z.string().min(1),
    level: z.enum(['country', 'province', 'regency']),
    parent: regionCodeSchema.nullable(),
    kind: z.enum(['negara', 'provinsi', 'kabupaten', 'kota']),
  })
  .refine((r) => (r.level === 'country') === (r.parent === null), {
    message: 'only the country has no parent',
    path: ['parent'],
  }) satisfies z.ZodType<Region>;
