import { useMemo } from 'react';
import { useLanguage } from './language';

/*
 * Formatters are made on first use and kept, one per locale and options: making one loads the locale's
 * data (milliseconds each), which a table that formats every row would otherwise pay again and again.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Number, money and date formatting in `locale`. */
export function formatIn(locale: string) {
  const dateFormat = () => kept(`${locale} date`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const dateTimeFormat = () => kept(`${locale} date-time`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  return {
    money: (amount: number, currency: string) => kept(`${locale} money ${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(amount),
    /** A calendar date such as "2026-11-22", shown without shifting it to another day. */
    date: (isoDate: string) => dateFormat().format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (iso: string | Date) => dateTimeFormat().format(typeof iso === 'string' ? new Date(iso) : iso),
    time: (at: Date) => kept(`${locale} time`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' })).format(at),
    number: (value: number) => kept(`${locale} number`, () => new Intl.NumberFormat(locale)).format(value),
  };
}

/** Number, money and date formatting in the user's language. */
export function useFormat() {
  const { locale } = useLanguage();
  return useMemo(() => formatIn(locale), [locale]);
}
