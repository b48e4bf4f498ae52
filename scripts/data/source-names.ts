import type { Source, SourceGrade } from '../../src/domain/provenance';

/** GitHub repositories that mirror an official table, named after the publisher they mirror. */
const MIRRORS: Record<string, (path: string) => string> = {
  'tauradavin/uas-visdat-2026': () => 'BPS (via tauradavin/uas-visdat-2026 mirror)',
  'cahyadsn/wilayah': (path) =>
    path.includes('wilayah_luas') ? 'BIG (via cahyadsn/wilayah)' : 'Kemendagri (via cahyadsn/wilayah)',
  'movanet/mova-notes': () => 'BPS, quoted in the RPJMN 2025–2029 annex (via movanet/mova-notes)',
  'sasabrh/streamlit-hdi-dashboard': () => 'BPS (via sasabrh/streamlit-hdi-dashboard compilation)',
  'MercyCantik/UAS-VISDAT-222313205': () => 'BPS Query Builder (via MercyCantik/UAS-VISDAT-222313205, STIS)',
  'Jessch22/clustering-tpt-tpak': () =>
    'BPS provincial tables (via Jessch22/clustering-tpt-tpak thesis dataset)',
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

/** Hosts of the publishers themselves: a figure read there is the official release. */
const OFFICIAL_HOSTS: ReadonlySet<string> = new Set(['bps.go.id', 'ombudsman.go.id', 'menpan.go.id']);

/** Not a press report and not the publisher: a journal article that restates an official list. */
const SECONDARY_HOSTS: ReadonlySet<string> = new Set(['github.com', 'jurnal.kemendagri.go.id']);

/**
 * How close the page a value was read from is to its publisher. Every GitHub source is a copy or a
 * compilation of someone else's release; everything else (news sites, regional government press pages,
 * descriptions without a URL) quotes an official figure.
 */
export function gradeFromUrl(sourceUrl: string): SourceGrade {
  const text = sourceUrl.trim();
  if (!/^https?:\/\//i.test(text)) return 'press';
  const host = new URL(text).hostname.replace(/^www\./, '');
  if (OFFICIAL_HOSTS.has(host)) return 'official';
  if (SECONDARY_HOSTS.has(host)) return 'secondary';
  return 'press';
}
