import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/localized';
import { en } from './en';
import { id } from './id';

export const LANGUAGE_STORAGE_KEY = 'kinerja-daerah.language';

export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return LANGUAGES.includes(stored as Language) ? (stored as Language) : 'id';
  } catch {
    return 'id'; // storage may be blocked; Indonesian is the default anyway
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    /* the choice then lasts for this visit only */
  }
}

export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return instance;
}
