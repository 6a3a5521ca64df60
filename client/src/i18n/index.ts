import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { it } from './it';

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'cantiere.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen on this device before, or Italian. */
function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'it';
  } catch {
    // Private browsing or a locked-down browser may refuse storage: Italian is a safe default.
    return 'it';
  }
}

function rememberLanguage(language: Language) {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; the page is still in the chosen language.
  }
}

i18next.on('languageChanged', (language) => {
  if (isLanguage(language)) rememberLanguage(language);
});

void i18next.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'it',
  supportedLngs: [...LANGUAGES],
  // Resources are bundled, so there is nothing to wait for.
  initAsync: false,
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
});

/** The language the interface is in right now. */
export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'it';
}

/** Switches the interface language and remembers it on this device. */
export function changeLanguage(language: Language) {
  return i18next.changeLanguage(language);
}

export { i18next };
