export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];

/** A text published in both languages; Indonesian is the reference. */
export interface LocalizedText {
  id: string;
  en: string;
}

export function pickText(text: LocalizedText, language: Language): string {
  return text[language] || text.id;
}
