import type { Source } from '../../src/domain/provenance';

/** GitHub repositories that mirror an official table, named after the publisher they mirror. */
const MIRRORS: Record<string, (path: string) => string> = {
  'tauradavin/uas-visdat-2026': () => 'BPS (via tauradavin/uas-visdat-2026 mirror)',
  'cahyadsn/wilayah': (path) =>
    path.includes('wilayah_luas') ? 'BIG (via cahyadsn/wilayah)' : 'Kemendagri (via cahyadsn/wilayah)',
  'movanet/mova-notes': () => 'BPS, quoted in the RPJMN 2025–2029 annex (via movanet/mova-notes)',
};

/**
 * The per-value source: a short publisher name and the exact URL the value was read from.
 * A few rows hold a description instead of a URL; it becomes the name and the URL is left out.
 */
export function sourceFromUrl(sourceUrl: string): Source {
  const text = sourceUrl.trim();
  if (!/^https?:\/\//i.test(text)) {
    const name = text.split(/\s+\(/)[0]?.trim() || text;
    return { name };
  }
  const url = new URL(text);
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'github.com') {
    const [owner, repo] = url.pathname.split('/').filter(Boolean);
    const repoName = `${owner}/${repo}`;
    const mirror = MIRRORS[repoName];
    return { name: mirror ? mirror(url.pathname) : `${repoName} (GitHub)`, url: text };
  }
  return { name: host, url: text };
}
