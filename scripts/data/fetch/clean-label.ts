const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: ' ',
};

/** WebAPI labels carry escaped markup (`&lt;b&gt;Kalimantan Barat&lt;/b&gt;`) and stray spaces. */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** BPS marks provisional figures in labels, not cells: "2024*", "2024**", "Angka Sementara". */
export function isProvisionalLabel(raw: string): boolean {
  return /\*|\bx\)|sementara/i.test(cleanLabel(raw));
}

/** "2024*" → 2024; undefined when the label holds no four-digit year. */
export function yearFromLabel(raw: string): number | undefined {
  const match = /^(\d{4})\b/.exec(cleanLabel(raw));
  return match ? Number(match[1]) : undefined;
}

/**
 * A name reduced to what BPS and Kemendagri spell alike: "KEP. BANGKA BELITUNG" and "Kepulauan Bangka
 * Belitung", "Fak Fak" and "Fakfak", "Kota Pontianak" and "Pontianak".
 */
export function nameKey(raw: string): string {
  return (
    cleanLabel(raw)
      .toLowerCase()
      .replace(/\bkep\.\s*/g, 'kepulauan ')
      .replace(/^di\s+/, 'daerah istimewa ')
      // Jakarta is "DKI Jakarta" in BPS tables, "Daerah Khusus Ibukota Jakarta" in idn-area-data, and "Daerah
      // Khusus Jakarta" since the 2024 law.
      .replace(/^(dki|daerah khusus( ibu ?kota)?)\s+jakarta$/, 'jakarta')
      .replace(/^(provinsi|kabupaten|kab\.|kota)\s+/, '')
      .replace(/[^a-z0-9]/g, '')
  );
}
