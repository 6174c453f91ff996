import { z } from 'zod';
import { parseDateTime } from './calendar.ts';
import type { BankStatementState, InpaymentState } from './model.ts';

/** Schemas for query and path parameters, named as they appear in the URL so a 400 points at the right one. */

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

export const DEFAULT_TAKE = 100;
export const MAX_TAKE = 1000;

const pagingShape = {
  skip: wholeNumber(0, 2_147_483_647, 'must be a whole number, 0 or more').default(0),
  take: wholeNumber(1, MAX_TAKE, `must be a whole number from 1 to ${MAX_TAKE}`).default(DEFAULT_TAKE),
};

export const pagingQuery = z.object(pagingShape);

export type Paging = z.output<typeof pagingQuery>;

/** A date-time with an offset, kept as text and as the instant it names. */
const dateTime = z.string().transform((value, ctx) => {
  const instant = parseDateTime(value);
  if (instant === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a date-time with an offset, e.g. 2025-06-16T00:00:00+02:00' });
    return z.NEVER;
  }
  return instant;
});

const bankStatementState = wholeNumber(0, 2, 'must be a BankStatementState: 0, 1 or 2').transform((n) => n as BankStatementState);

/** GET /api/v3/statements/{companyId}: fromDate and toDate come together or not at all, as Aritma documents. */
export const statementQuery = z
  .object({
    accountNo: z.string().optional(),
    fromDate: dateTime.optional(),
    toDate: dateTime.optional(),
    state: bankStatementState.optional(),
  })
  .superRefine((query, ctx) => {
    if ((query.fromDate === undefined) !== (query.toDate === undefined)) {
      const missing = query.fromDate === undefined ? 'fromDate' : 'toDate';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required when the other of fromDate and toDate is sent' });
    } else if (query.fromDate !== undefined && query.toDate !== undefined && query.fromDate > query.toDate) {
      ctx.addIssue({ code: 'custom', path: ['fromDate'], message: 'must not be after toDate' });
    }
  });

/** GET /api/v3/receivables/{companyId}/{state}. */
export const receivablesQuery = z
  .object({
    ...pagingShape,
    account: z.string().optional(),
    fromDate: dateTime.optional(),
    toDate: dateTime.optional(),
  })
  .refine((query) => query.fromDate === undefined || query.toDate === undefined || query.fromDate <= query.toDate, {
    message: 'must not be after toDate',
    path: ['fromDate'],
  });

export const inpaymentState = z.object({
  state: wholeNumber(0, 2, 'must be an InpaymentState: 0 (Queued), 1 (Transferred) or 2 (Error)').transform((n) => n as InpaymentState),
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const companyPath = z.object({ companyId: z.string().regex(GUID, 'must be a GUID such as 3f2b8c1e-5d4a-4e7b-9c61-0a8d2f4b7e15') });

/** The first value of each query parameter. */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) out[key] ??= value;
  return out;
}
