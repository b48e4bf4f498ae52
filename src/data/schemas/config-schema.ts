import * as z from 'zod/mini';

export const appConfigSchema = z.object({
  /** Where Data API v1 lives; relative URLs resolve against the app's base. */
  dataUrl: z._default(z.string().check(z.minLength(1)), 'data/v1'),
  basemap: z._default(
    z.nullable(
      z.object({
        url: z.string().check(z.includes('{z}', { message: 'a tile URL needs {z}, {x} and {y}' })),
        attribution: z.string().check(z.minLength(1)),
        maxZoom: z._default(z.int().check(z.gte(1), z.lte(22)), 18),
      }),
    ),
    null,
  ),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
