import { useLanguage, type Language } from './language';

/**
 * A feature's texts in every language. Norwegian must have exactly English's keys and types,
 * so a missing or mistyped translation fails the type check. Texts with values are functions.
 */
export type Messages<T> = { en: T } & Record<Exclude<Language, 'en'>, T>;

export function defineMessages<T extends object>(messages: { en: T } & Record<Exclude<Language, 'en'>, NoInfer<T>>): Messages<T> {
  return messages;
}

/** The texts of one feature in the current language. */
export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLanguage().language];
}
