const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "in 42 min", "3 min ago", "om 2 t", in the user's language: the largest unit that fits at least
 * once, allowing half a minute so a token issued for an hour says "in 1 hr", not "in 60 min".
 */
export function relativeTime(secondsFromNow: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const size = Math.abs(secondsFromNow);
  for (const [unit, seconds] of units) {
    if (size >= seconds - 30) return format.format(Math.round(secondsFromNow / seconds), unit);
  }
  return format.format(Math.round(secondsFromNow), 'second');
}
