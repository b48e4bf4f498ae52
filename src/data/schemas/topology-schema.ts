import * as z from 'zod/mini';

/** Checks the outer shape only; topojson-client reads the arcs. */
export const topologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.unknown()),
  objects: z.looseObject({
    regions: z.looseObject({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.looseObject({ properties: z.looseObject({ code: z.string(), name: z.optional(z.string()) }) }),
      ),
    }),
  }),
});
