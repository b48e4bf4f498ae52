import * as z from 'zod/mini';

/** Ids arrive as numbers or numeric strings (turvar `"0"`); keys are built from them exactly as received. */
const idSchema = z.union([z.number(), z.string()]);
const itemSchema = z.object({ val: idSchema, label: z.catch(z.string(), '') });

export type WebApiId = z.infer<typeof idSchema>;
export type ListItem = z.infer<typeof itemSchema>;

const dataTableSchema = z.object({
  last_update: z.optional(z.nullable(z.string())),
  var: z.array(
    z.object({
      val: idSchema,
      label: z.catch(z.string(), ''),
      unit: z.optional(z.catch(z.string(), '')),
      note: z.optional(z.catch(z.string(), '')),
    }),
  ),
  turvar: z.array(itemSchema),
  labelvervar: z.optional(z.catch(z.string(), '')),
  vervar: z.array(itemSchema),
  tahun: z.array(itemSchema),
  turtahun: z.optional(z.array(itemSchema)),
  datacontent: z.record(z.string(), z.unknown()),
});

export type DataTable = z.infer<typeof dataTableSchema>;

/** What one `list?model=data` answer says, sorted before anything is decoded. */
export type DataOutcome =
  | { kind: 'data'; table: DataTable }
  | { kind: 'error'; message: string }
  | { kind: 'not-available'; availability: string }
  | { kind: 'malformed'; reason: string };

const envelopeSchema = z.object({
  status: z.optional(z.string()),
  message: z.optional(z.unknown()),
  'data-availability': z.optional(z.string()),
  datacontent: z.optional(z.unknown()),
});

/**
 * Application errors come back as HTTP 200 with `status: "Error"`; no data is `status: "OK"` with an
 * availability other than "available" or an empty `datacontent`. Unknown top-level keys are ignored.
 */
export function readDataResponse(body: unknown): DataOutcome {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { kind: 'malformed', reason: 'the answer is not a JSON object' };
  const { status, message } = envelope.data;
  if (status !== 'OK') {
    return {
      kind: 'error',
      message: typeof message === 'string' && message ? message : `status ${status ?? 'missing'}`,
    };
  }
  const availability = envelope.data['data-availability'] ?? 'missing';
  const content = envelope.data.datacontent;
  const empty = typeof content !== 'object' || content === null || Object.keys(content).length === 0;
  if (availability !== 'available' || empty) return { kind: 'not-available', availability };
  const table = dataTableSchema.safeParse(body);
  if (!table.success) {
    const issue = table.error.issues[0];
    return { kind: 'malformed', reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  if (table.data.var.length !== 1) {
    return { kind: 'malformed', reason: `expected one var item, got ${table.data.var.length}` };
  }
  return { kind: 'data', table: table.data };
}

/** Ids compared as integers, whatever their JSON type. */
export const sameId = (a: WebApiId, b: WebApiId | number) => Number(a) === Number(b);
