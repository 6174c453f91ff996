import * as v from 'valibot';

/*
 * The date and date-time patterns of RFC 3339, as the API's answers are read:
 * - a date is a real one: month 01–12, no 31 April, 29 February only in a leap year;
 * - a time is hh:mm:ss with any number of fraction digits, and Z or a ±hh:mm offset;
 * - with no offset (a "local" time, as .NET writes `0001-01-01T00:00:00`) the seconds may be left out too.
 * Upper-case T and Z only, and no space for the T.
 */
const date = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const hhmm = String.raw`(?:[01]\d|2[0-3]):[0-5]\d`;
const withOffset = String.raw`${hhmm}:[0-5]\d(?:\.\d+)?(?:Z|([+-]${hhmm}))`;
const local = String.raw`${hhmm}(?::[0-5]\d(?:\.\d+)?)?`;

const isoDateTimePattern = new RegExp(`^${date}T(?:${withOffset}|${local})$`);
const isoDatePattern = new RegExp(`^${date}$`);

/** A point in time; .NET sends up to seven fraction digits, and `0001-01-01T00:00:00` (no offset) for "unset". */
export const isoDateTime = v.pipe(v.string(), v.regex(isoDateTimePattern));

/** Aritma's examples send full date-times where the field says "string"; a bare date is accepted too. */
export const isoDateOrDateTime = v.union([isoDateTime, v.pipe(v.string(), v.regex(isoDatePattern))]);

/** .NET's `DateTime.MinValue`, which Aritma sends for a date that is not set. */
export function isUnsetDate(value: string | null | undefined): boolean {
  return !value || value.startsWith('0001-01-01');
}
