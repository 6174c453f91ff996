import { useMemo } from 'react';
import { useLanguage } from './language';

/** Number, money and date formatting in the user's language. */
export function useFormat() {
  const { locale } = useLanguage();
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      money: (amount: number, currency: string) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
      /** A calendar date such as "2026-11-22", shown without shifting it to another day. */
      date: (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
      dateTime: (iso: string | Date) => dateTimeFormat.format(typeof iso === 'string' ? new Date(iso) : iso),
      number: (value: number) => new Intl.NumberFormat(locale).format(value),
    };
  }, [locale]);
}
