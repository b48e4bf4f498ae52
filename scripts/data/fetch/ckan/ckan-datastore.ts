import * as z from 'zod/mini';
import type { WebApiClient } from '../webapi-client';

const pageSchema = z.object({
  success: z.literal(true),
  result: z.object({
    records: z.array(z.record(z.string(), z.unknown())),
    total: z.optional(z.number()),
  }),
});

export type CkanRecord = Record<string, unknown>;

/**
 * Every record of a DataStore resource, `datastore_search` page by page (limit/offset) until `total`
 * or a short page. CKAN reports errors as `success: false` with `error.message`.
 */
export async function datastoreRecords(
  client: WebApiClient,
  resourceId: string,
  pageSize = 1000,
  maxPages = 100,
): Promise<{ records: CkanRecord[] } | { error: string }> {
  const records: CkanRecord[] = [];
  for (let page = 0; page < maxPages; page++) {
    const answer = await client.get('datastore_search', {
      resource_id: resourceId,
      limit: String(pageSize),
      offset: String(page * pageSize),
    });
    if (!answer.ok) return { error: answer.error };
    const parsed = pageSchema.safeParse(answer.body);
    if (!parsed.success) {
      const message = (answer.body as { error?: { message?: unknown } } | null)?.error?.message;
      return { error: typeof message === 'string' ? message : 'the answer is not a datastore_search result' };
    }
    const { records: pageRecords, total } = parsed.data.result;
    records.push(...pageRecords);
    if (pageRecords.length < pageSize || (total !== undefined && records.length >= total)) return { records };
  }
  return { error: `more than ${maxPages} pages of ${pageSize} records` };
}
