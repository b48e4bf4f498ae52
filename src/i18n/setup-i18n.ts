import i18next, { type InitOptions, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/localized';
import {
  readSetting,
  storageNotice,
  writeSetting,
  type StorageProblem,
  type StoredSetting,
} from '../lib/safe-storage';
import { en } from './en';
import { id } from './id';

export const LANGUAGE_STORAGE_KEY = 'kinerja-daerah.language';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Stored as the bare code ("en"), as it always was; anything else is set aside. */
export const languageSetting: StoredSetting<Language> = {
  key: LANGUAGE_STORAGE_KEY,
  version: 1,
  parse: (data) => (isLanguage(data) ? data : null),
  bare: { read: (raw) => (isLanguage(raw) ? raw : null), write: (language) => language },
};

/** The saved language (Indonesian by default) and, when the saved value was unusable, why. */
export function readStoredLanguage(storage?: Storage | null): {
  language: Language;
  problem: StorageProblem | null;
} {
  const { value, problem } = readSetting(languageSetting, storage);
  // Blocked storage is normal in some browsers; it is said only when the user's choice cannot be kept.
  return { language: value ?? 'id', problem: problem === 'unavailable' ? null : problem };
}

/**
 * The language to start in, and a notice for the notice bar when the saved choice had to be set aside
 * (the app still starts, in Indonesian, on the view the URL names).
 */
export function startLanguage(storage?: Storage | null) {
  const { language, problem } = readStoredLanguage(storage);
  return { language, notice: storageNotice('language', 'language', problem) };
}

/** The notice to show when a language switch could not be saved, or null. */
export function languageSaveNotice(problem: StorageProblem | null) {
  return storageNotice('language', 'language', problem);
}

export function storedLanguage(): Language {
  return readStoredLanguage().language;
}

/** Saves the choice; returns why it could not be saved (it then lasts for this visit only). */
export function rememberLanguage(language: Language, storage?: Storage | null): StorageProblem | null {
  return writeSetting(languageSetting, language, storage);
}

const i18nOptions = (language: Language): InitOptions => ({
  lng: language,
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
});

export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    ...i18nOptions(language),
    resources: { id: { translation: id }, en: { translation: en } },
    initAsync: false,
  });
  instances.add(instance);
  for (const [key, messages] of featureMessages) addFeatureMessages(instance, key, messages);
  return instance;
}

export type FeatureMessages = Record<Language, object>;

// A feature page's texts travel in its own chunk, not in the first screen: the page registers them when
// its module loads, before it renders, and every i18n instance (the app's, each test's) receives them.
const featureMessages = new Map<string, FeatureMessages>();
const instances = new Set<i18n>();

export function registerFeatureMessages(key: string, messages: FeatureMessages): void {
  if (featureMessages.has(key)) return;
  featureMessages.set(key, messages);
  for (const instance of instances) addFeatureMessages(instance, key, messages);
}

function addFeatureMessages(instance: i18n, key: string, messages: FeatureMessages): void {
  for (const language of LANGUAGES) {
    instance.addResourceBundle(language, 'translation', { [key]: messages[language] }, true, true);
  }
}
