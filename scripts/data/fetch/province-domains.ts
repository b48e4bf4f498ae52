import * as z from 'zod/mini';
import type { WebApiClient } from './webapi-client';

const domainSchema = z.object({
  domain_id: z.string(),
  domain_name: z.string(),
  domain_url: z.optional(z.catch(z.string(), '')),
});
export type Domain = z.infer<typeof domainSchema>;

const pageSchema = z.object({
  status: z.literal('OK'),
  'data-availability': z.literal('available'),
  data: z.tuple([z.object({ pages: z.optional(z.number()) }), z.array(domainSchema)]),
});

// 38 provinces fit on a few pages; a larger count is a broken answer, not a reason to loop on.
const MAX_PAGES = 20;

/**
 * `domain?type=prov`, every page (1…pages inclusive): the province domains with their sites. It is
 * how the BPS codes of the provinces created in 2022 are learnt, never by arithmetic.
 */
export async function provinceDomains(
  client: WebApiClient,
): Promise<{ domains: Domain[] } | { error: string }> {
  const domains: Domain[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const answer = await client.get('domain', { type: 'prov', page: String(page) });
    if (!answer.ok) return { error: answer.error };
    const parsed = pageSchema.safeParse(answer.body);
    if (!parsed.success) {
      const message = (answer.body as { message?: unknown } | null)?.message;
      return {
        error: typeof message === 'string' ? message : 'the province list is not in the expected shape',
      };
    }
    pages = Math.min(parsed.data.data[0].pages ?? 1, MAX_PAGES);
    // List pages can repeat an item; the first one counts.
    for (const item of parsed.data.data[1]) {
      if (!domains.some((d) => d.domain_id === item.domain_id)) domains.push(item);
    }
  }
  return { domains };
}
