import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as v from 'valibot';
import { read, storageKey, write } from '../storage/storage';

export const languages = ['en', 'nb'] as const;
export type Language = (typeof languages)[number];

export const languageNames: Record<Language, string> = { en: 'English', nb: 'Norsk bokmål' };

/** BCP 47 locales for Intl: numbers, money and dates. */
export const locales: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO' };

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first language we speak (Norwegian in any written form means bokmål). */
export function initialLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

const savedLanguage = storageKey('language', v.picklist(languages));

/** The language a page opens in: the saved choice, else the browser's (none where there is no browser: the build's prerender). */
export const openingLanguage = (): Language => initialLanguage(read(savedLanguage), globalThis.navigator?.languages ?? []);

interface LanguageContextValue {
  language: Language;
  locale: string;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(openingLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    write(savedLanguage, next); // when storage is disabled, the choice lasts until reload
    setLanguageState(next);
  }, []);

  const value = useMemo(() => ({ language, locale: locales[language], setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside <LanguageProvider>.');
  return value;
}
