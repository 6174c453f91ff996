import { z } from 'zod';
import { isIsoDate } from './calendar.ts';
import type { PaymentStatus } from './model.ts';

/** Schemas for query parameters, named as they appear in the URL so a 400 points at the right one. */

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

export const DEFAULT_TAKE = 100;
export const MAX_TAKE = 1000;

export const pagingShape = {
  skip: wholeNumber(0, Number.MAX_SAFE_INTEGER, 'must be a whole number, 0 or more').default(0),
  take: wholeNumber(1, MAX_TAKE, `must be a whole number from 1 to ${MAX_TAKE}`).default(DEFAULT_TAKE),
};

export const pagingQuery = z.object(pagingShape);

export type Paging = z.output<typeof pagingQuery>;

const isoDate = z.string().refine(isIsoDate, 'must be a date as YYYY-MM-DD');

export const statementQuery = z
  .object({
    ...pagingShape,
    accountNo: z.string().regex(/^\d{11}$/, 'must be an account number of 11 digits').optional(),
    fromDate: isoDate.optional(),
    toDate: isoDate.optional(),
    state: z.enum(['Booked', 'Pending'], 'must be Booked or Pending').optional(),
  })
  .refine((query) => query.fromDate === undefined || query.toDate === undefined || query.fromDate <= query.toDate, {
    message: 'must not be after toDate',
    path: ['fromDate'],
  });

export const paymentQuery = z.object({
  ...pagingShape,
  status: wholeNumber(0, 8, 'must be a payment status from 0 to 8')
    .transform((n) => n as PaymentStatus)
    .optional(),
});

/** The first value of each query parameter. */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) out[key] ??= value;
  return out;
}
