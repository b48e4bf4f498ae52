/**
 * The public page of a dynamic table, never the WebAPI URL (which holds the key). bps.go.id links
 * carry base64("<var>#2"), 2 meaning a dynamic table: var 413 → "NDEzIzI=". The slug after it is
 * the title with every other character a dash, as in the WebAPI's own `related[].link`.
 */
export function publicTableUrl(siteUrl: string, varId: number, title: string): string {
  const id = Buffer.from(`${varId}#2`).toString('base64');
  const slug = title.toLowerCase().replace(/[^a-z0-9]/g, '-');
  return `${siteUrl.replace(/\/+$/, '')}/id/statistics-table/2/${id}/${slug}.html`;
}

export const NATIONAL_SITE = 'https://www.bps.go.id';
