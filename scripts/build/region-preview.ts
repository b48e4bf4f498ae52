/**
 * Link previews: each region's address gets its own copy of index.html whose <title>, description and
 * Open Graph tags name the region and its headline figures, so a link pasted in WhatsApp shows them.
 * Pure functions over the committed Data API files; the Vite plugin writes the pages.
 */

export interface PreviewRegion {
  code: string;
  name: string;
  level: string;
  parent: string | null;
}

interface PreviewObservation {
  region: string;
  year: number;
  value: number | null;
  source?: { name: string };
}

export interface PreviewIndicator {
  id: string;
  /** The short name used in the preview ("IPM"). */
  label: string;
  unit: string;
  decimals: number;
  source: string;
  bands?: { from: number | null; to: number | null; label: string }[];
  observations: PreviewObservation[];
}

export interface RegionPreview {
  title: string;
  description: string;
  url: string;
}

const format = (value: number, decimals: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    value,
  );

/** The newest year with a value for each region, found in one pass over the file. */
export function latestByRegion(observations: readonly PreviewObservation[]): Map<string, PreviewObservation> {
  const latest = new Map<string, PreviewObservation>();
  for (const o of observations) {
    if (o.value === null) continue;
    const seen = latest.get(o.region);
    if (!seen || o.year > seen.year) latest.set(o.region, o);
  }
  return latest;
}

/** "IPM 2024: 65,74 (Sedang)" — value, year and official class of one indicator, or nothing without data. */
export function headline(
  indicator: PreviewIndicator,
  latest: PreviewObservation | undefined,
): string | undefined {
  if (!latest || latest.value === null) return undefined;
  const value = latest.value;
  const band = indicator.bands?.find(
    (b) => (b.from === null || value >= b.from) && (b.to === null || value < b.to),
  );
  const unit = indicator.unit.startsWith('%') ? '%' : '';
  return `${indicator.label} ${latest.year}: ${format(value, indicator.decimals)}${unit ? ` ${unit}` : ''}${band ? ` (${band.label})` : ''}`;
}

export function regionPreview(
  region: PreviewRegion,
  parentName: string | undefined,
  figures: { indicator: PreviewIndicator; latest: PreviewObservation | undefined }[],
): RegionPreview {
  const lines = figures.flatMap(({ indicator, latest }) => {
    const text = headline(indicator, latest);
    return text ? [{ text, source: latest?.source?.name ?? indicator.source }] : [];
  });
  const sources = [...new Set(lines.map((l) => l.source))];
  const where = parentName && region.level === 'regency' ? `${region.name}, ${parentName}` : region.name;
  const description = lines.length
    ? `${lines.map((l) => l.text).join(' · ')}. Sumber: ${sources.join(', ')}.`
    : 'Profil daerah: angka utama, peringkat dan sumber resmi.';
  return {
    title: lines.length ? `${where} — ${lines[0]!.text} · Kinerja Daerah` : `${where} · Kinerja Daerah`,
    description,
    url: `/region/${region.code}`,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** index.html with the region's title and description and Open Graph tags; everything else untouched. */
export function withPreview(html: string, preview: RegionPreview): string {
  const title = escapeHtml(preview.title);
  const description = escapeHtml(preview.description);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Kinerja Daerah" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(preview.url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>\n    ${tags}`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${description}" />`,
    );
}
