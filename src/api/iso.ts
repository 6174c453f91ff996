import * as z from 'zod/mini';

/** A point in time; .NET sends up to seven fraction digits, and `0001-01-01T00:00:00` (no offset) for "unset". */
export const isoDateTime = z.iso.datetime({ offset: true, local: true });

/** Aritma's examples send full date-times where the field says "string"; a bare date is accepted too. */
export const isoDateOrDateTime = z.union([isoDateTime, z.iso.date()]);

/** .NET's `DateTime.MinValue`, which Aritma sends for a date that is not set. */
export function isUnsetDate(value: string | null | undefined): boolean {
  return !value || value.startsWith('0001-01-01');
}
