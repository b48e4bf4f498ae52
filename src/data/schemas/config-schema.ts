import { z } from 'zod';

export const appConfigSchema = z.object({
  /** Where Data API v1 lives; relative URLs resolve against the app's base. */
  dataUrl: z.string().min(1).default('data/v1'),
  basemap: z
    .object({
      url: z.string().includes('{z}', { message: 'a tile URL needs {z}, {x} and {y}' }),
      attribution: z.string().min(1),
      maxZoom: z.int().min(1).max(22).default(18),
    })
    .nullable()
    .default(null),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
