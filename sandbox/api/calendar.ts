/** Dates as a Norwegian bank writes them: `YYYY-MM-DD` days and date-times with Oslo's offset (+01:00 or +02:00). */
import { isIsoDate } from '../../src/lib/banking-day.ts';

// The calendar rules the app uses too.
export { addDays, bankingToday as osloToday, isIsoDate } from '../../src/lib/banking-day.ts';

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZoneName: 'longOffset',
});

function partsOf(instant: Date): Record<string, string> {
  return Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** Oslo's UTC offset on a day at noon, e.g. `+02:00` in summer. */
export function osloOffset(date: string): string {
  const name = partsOf(new Date(`${date}T12:00:00Z`)).timeZoneName ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/** A local Oslo wall-clock time on `date` as an ISO date-time with offset and 7 fractional digits, as Aritma writes them. */
export function osloDateTime(date: string, time: string, fraction = '0000000'): string {
  return `${date}T${time}.${fraction}${osloOffset(date)}`;
}

/** Aritma's "no date". */
export const UNSET_DATE_TIME = '0001-01-01T00:00:00';

// An ISO date-time with an offset; up to 7 fractional digits, as .NET writes them.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or undefined when the text is not a date-time with an offset. */
export function parseDateTime(value: string): number | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, date = '', hh = '', mm = '', ss = '', fraction = '', zone = ''] = match;
  if (!isIsoDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  // Date parses at most milliseconds reliably, so the rest of .NET's ticks is cut.
  const millis = fraction.slice(0, 3).padEnd(3, '0');
  const instant = Date.parse(`${date}T${hh}:${mm}:${ss}.${millis}${zone}`);
  return Number.isNaN(instant) ? undefined : instant;
}
