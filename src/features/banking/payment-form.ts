import { z } from 'zod';
import type { FieldErrors } from '../../api/problem-fields';
import type { PaymentRequest } from '../../api/payments';
import { isNorwegianAccountNo, isValidIban, normalizeAccountNumber } from './bank-numbers';
import { addDays, isIsoDate } from '../../lib/banking-day';

/** The new-payment form, checked before anything is sent, with the same limits the API applies. */

export const paymentFields = ['debitAccount', 'creditorName', 'creditAccount', 'amount', 'dueDate', 'message'] as const;
export type PaymentField = (typeof paymentFields)[number];
export type PaymentFormValues = Record<PaymentField, string>;

/** What can be wrong with a field; the UI words each code. */
export const paymentProblems = [
  'debit_account_required',
  'creditor_name_required',
  'creditor_name_too_long',
  'credit_account_required',
  'credit_account_digits',
  'credit_account_check_digit',
  'credit_account_iban',
  'credit_account_format',
  'amount_required',
  'amount_not_a_number',
  'amount_not_positive',
  'amount_decimals',
  'amount_too_large',
  'due_date_required',
  'due_date_invalid',
  'due_date_past',
  'due_date_too_far',
  'message_too_long',
] as const;
export type PaymentProblem = (typeof paymentProblems)[number];

export const limits = { creditorName: 70, message: 140, maxAmount: 999_999_999.99, maxDaysAhead: 365 } as const;

/** An account payments can be made from. */
export interface DebitAccount {
  companyId: string;
  accountNo: string;
  currency: string;
}

/** How the debit account is named in the form's select. */
export const debitAccountKey = (account: DebitAccount): string => `${account.companyId}/${account.accountNo}`;

const problem = (ctx: z.RefinementCtx, message: PaymentProblem): typeof z.NEVER => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

const creditAccount = z.string().transform((input, ctx) => {
  const value = normalizeAccountNumber(input);
  if (value === '') return problem(ctx, 'credit_account_required');
  if (/^\d+$/.test(value)) {
    if (value.length !== 11) return problem(ctx, 'credit_account_digits');
    if (!isNorwegianAccountNo(value)) return problem(ctx, 'credit_account_check_digit');
    return value;
  }
  if (/^[A-Z]{2}\d{2}/.test(value)) return isValidIban(value) ? value : problem(ctx, 'credit_account_iban');
  return problem(ctx, 'credit_account_format');
});

// Whole units and up to two decimals, with a comma or a point: "1 234,50", "1234.5".
const amount = z.string().transform((input, ctx) => {
  const value = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (value === '') return problem(ctx, 'amount_required');
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return problem(ctx, 'amount_not_a_number');
  const number = Number(value);
  if (match[1] === '-' || number <= 0) return problem(ctx, 'amount_not_positive');
  if ((match[3] ?? '').length > 2) return problem(ctx, 'amount_decimals');
  if (number > limits.maxAmount) return problem(ctx, 'amount_too_large');
  return number;
});

function dueDate(today: string) {
  const latest = addDays(today, limits.maxDaysAhead);
  return z.string().transform((input, ctx) => {
    const value = input.trim();
    if (value === '') return problem(ctx, 'due_date_required');
    if (!isIsoDate(value)) return problem(ctx, 'due_date_invalid');
    if (value < today) return problem(ctx, 'due_date_past');
    if (value > latest) return problem(ctx, 'due_date_too_far');
    return value;
  });
}

function paymentFormSchema(today: string, accounts: readonly DebitAccount[]) {
  return z.object({
    debitAccount: z.string().transform((key, ctx) => accounts.find((account) => debitAccountKey(account) === key) ?? problem(ctx, 'debit_account_required')),
    creditorName: z.string().trim().min(1, 'creditor_name_required').max(limits.creditorName, 'creditor_name_too_long'),
    creditAccount,
    amount,
    dueDate: dueDate(today),
    message: z.string().trim().max(limits.message, 'message_too_long'),
  });
}

export type PaymentFormErrors = Partial<Record<PaymentField, PaymentProblem>>;

export type PaymentFormResult = { ok: true; companyId: string; request: PaymentRequest } | { ok: false; errors: PaymentFormErrors };

function isPaymentProblem(message: string): message is PaymentProblem {
  return (paymentProblems as readonly string[]).includes(message);
}

/** Checks the form; `today` is the banking day, `accounts` those the user may pay from. */
export function validatePaymentForm(values: PaymentFormValues, { today, accounts }: { today: string; accounts: readonly DebitAccount[] }): PaymentFormResult {
  const parsed = paymentFormSchema(today, accounts).safeParse(values);
  if (!parsed.success) {
    const errors: PaymentFormErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && (paymentFields as readonly string[]).includes(field) && isPaymentProblem(issue.message)) {
        errors[field as PaymentField] ??= issue.message;
      }
    }
    return { ok: false, errors };
  }
  const { debitAccount, creditorName, creditAccount: creditAccountNo, amount: value, dueDate: due, message } = parsed.data;
  return {
    ok: true,
    companyId: debitAccount.companyId,
    request: {
      DebitAccountNo: debitAccount.accountNo,
      Payments: [
        {
          CreditAccountNo: creditAccountNo,
          CreditorName: creditorName,
          Amount: value,
          Currency: debitAccount.currency,
          DueDate: due,
          ...(message === '' ? {} : { Message: message }),
        },
      ],
    },
  };
}

// The API names fields as in the request body; a wrong currency is a problem of the amount the user typed.
const fieldOfApiPath: Record<string, PaymentField> = {
  DebitAccountNo: 'debitAccount',
  'Payments[0].CreditorName': 'creditorName',
  'Payments[0].CreditAccountNo': 'creditAccount',
  'Payments[0].Amount': 'amount',
  'Payments[0].Currency': 'amount',
  'Payments[0].DueDate': 'dueDate',
  'Payments[0].Message': 'message',
};

/** The API's field messages placed beside the form's fields; any it names otherwise are returned as `other`. */
export function placeServerErrors(errors: FieldErrors): { fields: Partial<Record<PaymentField, string>>; other: string[] } {
  const fields: Partial<Record<PaymentField, string>> = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const field = fieldOfApiPath[path];
    const text = messages.join('; ');
    if (field) fields[field] = fields[field] ? `${fields[field]}; ${text}` : text;
    else other.push(`${path}: ${text}`);
  }
  return { fields, other };
}
