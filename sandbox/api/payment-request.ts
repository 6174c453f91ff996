import { z } from 'zod';
import { addDays, isIsoDate, parseDateTime } from './calendar.ts';
import { isNorwegianAccountNo, isValidIban, isValidKid } from './bank-numbers.ts';
import { required } from './validation.ts';

/** The body of `POST /api/v3/payments/{companyId}` (CreatePaymentsRequest), checked field by field. */

export const MAX_LINES_PER_MESSAGE = 100;
const MAX_AMOUNT = 999_999_999.99;
const MAX_DAYS_AHEAD = 365;

const hasAtMostTwoDecimals = (amount: number): boolean => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;

const text = (max: number) => z.string(required('a string')).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string(required('a string')).max(max, `must be at most ${max} characters`).nullish();
const optionalCode = <T extends number>(values: readonly T[], name: string) =>
  z
    .number(required('a number'))
    .refine((value) => (values as readonly number[]).includes(value), `must be a ${name}: ${values.join(', ')}`)
    .nullish();

/** The day a date or date-time falls on, as written (its own offset); undefined when it is neither. */
function dayOf(value: string): string | undefined {
  if (isIsoDate(value)) return value;
  return parseDateTime(value) === undefined ? undefined : value.slice(0, 10);
}

// Domestic payments go to an 11-digit account number with a MOD11 check digit, payments abroad to an IBAN.
const creditor = z
  .strictObject({
    Name: text(70),
    CountryCode: z.string(required('a string')).regex(/^[A-Z]{2}$/, 'must be a country code of two capital letters, such as NO'),
    AccountNumber: z.string(required('a string')),
    Bic: z.string(required('a string')).regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, 'must be a BIC of 8 or 11 characters').nullish(),
  })
  .superRefine((value, ctx) => {
    const account = value.AccountNumber;
    if (value.CountryCode === 'NO' && /^\d{11}$/.test(account)) {
      if (!isNorwegianAccountNo(account)) ctx.addIssue({ code: 'custom', path: ['AccountNumber'], message: 'has a wrong check digit (MOD11)' });
    } else if (!isValidIban(account)) {
      ctx.addIssue({ code: 'custom', path: ['AccountNumber'], message: 'must be an 11-digit Norwegian account number or an IBAN (capital letters, no spaces)' });
    }
  });

function paymentLine(today: string) {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  return z
    .strictObject({
      PaymentMethod: optionalCode([1, 2], 'PaymentMethod'),
      Priority: optionalCode([1, 2, 3], 'Priority'),
      PaymentPurpose: optionalCode([1, 2, 3, 4, 5], 'PaymentPurpose'),
      ExecutionDate: z
        .string(required('a string'))
        .refine((value) => dayOf(value) !== undefined, { message: 'must be a date (YYYY-MM-DD) or a date-time with an offset', abort: true })
        .refine((value) => (dayOf(value) ?? '') >= today, `must be today (${today}) or later`)
        .refine((value) => (dayOf(value) ?? '') <= latest, `must be at most ${MAX_DAYS_AHEAD} days ahead`),
      SourceReference: text(100),
      RegulatoryReportingCode: z.number(required('a number')).int('must be a whole number').nullish(),
      RegulatoryReportingInfo: optionalText(140),
      Amount: z
        .number(required('a number'))
        .refine((amount) => amount !== 0, 'must not be 0')
        .refine((amount) => Math.abs(amount) <= MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
        .refine(hasAtMostTwoDecimals, 'must have at most 2 decimals'),
      Currency: z.string(required('a string')).regex(/^[A-Z]{3}$/, 'must be a currency code such as NOK'),
      StructuredReference: z.string(required('a string')).refine(isValidKid, 'must be a KID of 2 to 25 digits with a valid MOD10 or MOD11 check digit').nullish(),
      InvoiceNo: optionalText(35),
      Description: optionalText(140),
      StatementMessage: optionalText(140),
      Creditor: creditor,
    })
    .refine((line) => line.StructuredReference == null || line.Description == null, {
      message: 'cannot be combined with Description: a Norwegian payment carries either a KID or a message',
      path: ['StructuredReference'],
      // Also when other fields are wrong, so one response lists every mistake.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });
}

/** `today` is the banking day in Oslo; execution dates before it are refused. */
export function createPaymentsSchema(today: string) {
  return z
    .strictObject({
      MessageId: z.string(required('a string')).trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
      AccountNumber: z.string(required('a string')).min(1, 'must not be empty'),
      SinglePayments: z.boolean(required('true or false')).nullish(),
      PaymentLines: z
        .array(paymentLine(today), required('a list of payment lines'))
        .min(1, 'must contain at least one payment line')
        .max(MAX_LINES_PER_MESSAGE, `must contain at most ${MAX_LINES_PER_MESSAGE} payment lines`),
    })
    .refine((request) => request.SinglePayments !== true || request.PaymentLines.every((line) => line.Amount > 0), {
      message: 'cannot be true with credit notes (negative amounts)',
      path: ['SinglePayments'],
    });
}

export type CreatePaymentsRequest = z.output<ReturnType<typeof createPaymentsSchema>>;

export const dismissSchema = z.strictObject({ Reason: optionalText(500) });
