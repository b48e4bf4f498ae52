import type { Language } from '../domain/localized';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.5 → "1.234,5" in Indonesian, "1,234.5" in English. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  return numberFormat(language, decimals).format(value);
}

export function formatValue(
  value: number | null | undefined,
  language: Language,
  decimals: number,
  missingText: string,
): string {
  return value === null || value === undefined ? missingText : formatNumber(value, language, decimals);
}

export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** 2026-12-04T10:30Z → "4 Desember 2026 pukul 10.30" in Indonesian, "4 December 2026 at 10:30" in English (in the given time zone, else the local one). */
export function formatDateTime(epochMs: number, language: Language, timeZone?: string): string {
  const key = `${language}:${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone });
    dateTimeFormats.set(key, format);
  }
  return format.format(epochMs);
}
