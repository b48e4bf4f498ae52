import * as z from 'zod/mini';
import { isRegionCode, type Region, type RegionCode } from '../../domain/region';

export const regionCodeSchema = z.pipe(
  z.string().check(z.refine(isRegionCode, { message: 'not a Kemendagri code ("ID", "61" or "61.11")' })),
  z.transform((code) => code as RegionCode),
);

export const regionSchema = z
  .object({
    code: regionCodeSchema,
    name: z.string().check(z.minLength(1)),
    level: z.enum(['country', 'province', 'regency']),
    parent: z.nullable(regionCodeSchema),
    kind: z.enum(['negara', 'provinsi', 'kabupaten', 'kota']),
  })
  .check(
    z.refine((r) => (r.level === 'country') === (r.parent === null), {
      message: 'only the country has no parent',
      path: ['parent'],
    }),
  ) satisfies z.ZodMiniType<Region>;
