const LINKABLE = new Set(['http:', 'https:']);

/**
 * The href to render for a URL that came from data, or null when it must stay plain text: only
 * absolute http(s) URLs become links, so `javascript:`, `data:`, `vbscript:` and relative paths never do.
 * The URL parser strips the tabs and control characters that disguise a scheme ("java\tscript:").
 */
export function toSafeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return LINKABLE.has(parsed.protocol) && parsed.hostname !== '' ? parsed.href : null;
}
