import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../engine';
import { defaultNamespace, resources } from './resources';

/** Creates and initialises the i18next instance in the given language (Dutch by default). */
export function setupI18n(language: Locale = 'nl') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    defaultNS: defaultNamespace,
    ns: Object.keys(resources.nl),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Narrows any string to a supported locale, falling back to Dutch. */
export const toLocale = (value: string | undefined): Locale =>
  (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : 'nl';
