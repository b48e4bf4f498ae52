/**
 * The Content Security Policy of the built app, derived from config.json: scripts, styles and fonts only
 * from the app's own origin (no inline script, no eval, no inline style — React, Leaflet and Recharts set
 * styles through the CSSOM, which CSP allows), data requests to the app's origin and the data host,
 * images also from the tile host. Pure, so the Vite plugin, the CLI and the tests share it.
 */

export interface CspConfig {
  dataUrl: string;
  basemap?: { url: string } | null;
}

export type Delivery = 'header' | 'meta';

/**
 * The CSP source for a URL from config.json: null for a relative URL (same origin, covered by 'self'),
 * otherwise its scheme, host and port. Tile templates like `https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * become a wildcard host (`https://*.tile.example.org`), since CSP allows `*` only as the leftmost label.
 */
export function sourceOf(url: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url.trim());
  if (!match) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url.trim())) {
      throw new Error(`config.json: "${url}" is neither http(s) nor relative`);
    }
    return null;
  }
  const scheme = match[1]!.toLowerCase();
  let host = match[2]!.toLowerCase();
  if (host.includes('@')) throw new Error(`config.json: "${url}" carries credentials`);
  if (host.includes('{')) {
    const afterLastPlaceholder = host.slice(host.lastIndexOf('}') + 1);
    const dot = afterLastPlaceholder.indexOf('.');
    if (dot < 0) throw new Error(`config.json: cannot derive a CSP host from "${url}"`);
    host = `*${afterLastPlaceholder.slice(dot)}`;
  }
  return `${scheme}://${host}`;
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

export function cspDirectives(config: CspConfig, delivery: Delivery): [string, string[]][] {
  const data = sourceOf(config.dataUrl);
  const tiles = config.basemap ? sourceOf(config.basemap.url) : null;
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    // data: for the small images Vite inlines (Leaflet's control icons); blob: for chart PNG export.
    ['img-src', unique(["'self'", 'data:', 'blob:', tiles])],
    ['font-src', ["'self'"]],
    ['connect-src', unique(["'self'", data])],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  // Browsers ignore (and complain about) frame-ancestors in a <meta> policy; only a header can carry it.
  if (delivery === 'header') directives.push(['frame-ancestors', ["'none'"]]);
  return directives;
}

export function buildCsp(config: CspConfig, delivery: Delivery): string {
  return cspDirectives(config, delivery)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers every response of the app should carry, besides the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** A Netlify / Cloudflare Pages `_headers` file. */
export function headersFile(config: CspConfig): string {
  const lines = Object.entries({
    'Content-Security-Policy': buildCsp(config, 'header'),
    ...SECURITY_HEADERS,
  });
  return ['/*', ...lines.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** The same headers for nginx (`add_header … always;`) and Apache (`Header always set …`). */
export function serverSnippets(config: CspConfig): { nginx: string; apache: string } {
  const lines = Object.entries({
    'Content-Security-Policy': buildCsp(config, 'header'),
    ...SECURITY_HEADERS,
  });
  return {
    nginx: lines.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n'),
    apache: lines.map(([name, value]) => `Header always set ${name} "${value}"`).join('\n'),
  };
}

const META_TAG = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

/** index.html with its CSP meta tag set to this policy (added after the charset, or first in <head>). */
export function withCspMeta(html: string, config: CspConfig): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${buildCsp(config, 'meta')}" />`;
  if (META_TAG.test(html)) return html.replace(META_TAG, tag);
  // Right after the charset declaration, before any script, style or preload it has to govern.
  const charset = /<meta charset="[^"]*"\s*\/?>(\s*)/i;
  if (charset.test(html)) return html.replace(charset, (match, space: string) => `${match}${tag}${space}`);
  return html.replace(/<head>(\s*)/, (_match, space: string) => `<head>${space}${tag}${space}`);
}
