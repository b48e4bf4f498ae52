import type { Language } from '../../../domain/localized';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "4 Desember 2026" / "4 December 2026". */
export function printDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(date);
}

/** A CSS string literal: names from data may hold quotes or backslashes. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** The custom properties print.css puts in the page margins. */
export function printHeaderVars(words: { region: string; printed: string; address: string }) {
  return {
    '--print-head': cssString(`Kinerja Daerah · ${words.region}`),
    '--print-date': cssString(words.printed),
    '--print-address': cssString(words.address),
  };
}
