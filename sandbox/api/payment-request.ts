import { z } from 'zod';
import { addDays, isIsoDate } from './calendar.ts';
import { isNorwegianAccountNo, isValidIban, isValidKid } from './bank-numbers.ts';
import { required } from './validation.ts';

/** The body of `POST /api/v3/payments/{companyId}`, checked field by field. */

export const MAX_PAYMENTS_PER_MESSAGE = 100;
const MAX_AMOUNT = 999_999_999.99;
const MAX_DAYS_AHEAD = 365;

const norwegianAccountNo = z.string(required('a string')).superRefine((value, ctx) => {
  if (!/^\d{11}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'must be an account number of 11 digits' });
  else if (!isNorwegianAccountNo(value)) ctx.addIssue({ code: 'custom', message: 'has a wrong check digit (MOD11)' });
});

// Payments abroad go to an IBAN; domestic ones to an 11-digit account number.
const creditAccount = z.string(required('a string')).superRefine((value, ctx) => {
  if (/^\d{11}$/.test(value)) {
    if (!isNorwegianAccountNo(value)) ctx.addIssue({ code: 'custom', message: 'has a wrong check digit (MOD11)' });
  } else if (!isValidIban(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be an 11-digit account number or an IBAN (capital letters, no spaces)' });
  }
});

const hasAtMostTwoDecimals = (amount: number): boolean => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;

const text = (max: number) => z.string(required('a string')).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

function paymentSchema(today: string) {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  return z
    .strictObject({
      CreditAccountNo: creditAccount,
      CreditorName: text(70),
      Amount: z
        .number(required('a number'))
        .positive('must be greater than 0')
        .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`)
        .refine(hasAtMostTwoDecimals, 'must have at most 2 decimals'),
      Currency: z.string(required('a string')).regex(/^[A-Z]{3}$/, 'must be a currency code such as NOK'),
      DueDate: z
        .string(required('a string'))
        .refine(isIsoDate, { message: 'must be a date as YYYY-MM-DD', abort: true })
        .refine((date) => date >= today, `must be today (${today}) or later`)
        .refine((date) => date <= latest, `must be at most ${MAX_DAYS_AHEAD} days ahead`),
      Message: text(140).nullish(),
      Kid: z
        .string(required('a string'))
        .refine(isValidKid, 'must be 2 to 25 digits with a valid MOD10 or MOD11 check digit')
        .nullish(),
    })
    .refine((payment) => payment.Message == null || payment.Kid == null, {
      message: 'cannot be combined with Message: a payment carries either a KID or a message',
      path: ['Kid'],
      // Also when other fields are wrong, so one response lists every mistake.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });
}

/** `today` is the banking day in Oslo; due dates before it are refused. */
export function paymentRequestSchema(today: string) {
  return z.strictObject({
    DebitAccountNo: norwegianAccountNo,
    Payments: z
      .array(paymentSchema(today), required('a list of payments'))
      .min(1, 'must contain at least one payment')
      .max(MAX_PAYMENTS_PER_MESSAGE, `must contain at most ${MAX_PAYMENTS_PER_MESSAGE} payments`),
  });
}

export type PaymentRequest = z.output<ReturnType<typeof paymentRequestSchema>>;
