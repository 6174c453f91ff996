/** Calendar dates as `YYYY-MM-DD` strings, with "today" as a Norwegian bank counts it. */

/** Made on first use: a formatter with a time zone costs milliseconds to make, paid by every page that loads this otherwise. */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const osloDate = lazily(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }));

/** The banking day in Oslo: the API checks due dates against it, not against the browser's time zone. */
export function bankingToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(osloDate().formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // Round-tripping through Date refuses days that do not exist, such as 2025-02-30.
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

const osloOffset = lazily(() => new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' }));

/** Oslo's offset on a date at noon, as `+01:00` or `+02:00`. */
function offsetOn(date: string): string {
  const name = osloOffset().formatToParts(new Date(`${date}T12:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match?.[1] ?? '+00:00';
}

/** A banking day as the date-times the API takes: its first and its last second, in Oslo. */
export function dayBounds(date: string): { start: string; end: string } {
  const offset = offsetOn(date);
  return { start: `${date}T00:00:00${offset}`, end: `${date}T23:59:59${offset}` };
}
