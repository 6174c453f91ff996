import type { PaymentLine, PaymentRequest } from '../../api/payments';
import { isNorwegianAccountNo, isValidIban, normalizeAccountNumber } from './bank-numbers';
import { addDays, isIsoDate } from '../../lib/banking-day';
import { limits } from './payment-limits';

/** The new-payment form: one debit account and execution date, one or more creditor lines, checked before anything is sent. */

export const lineFields = ['creditorName', 'creditAccount', 'amount', 'kid', 'message'] as const;
export type LineField = (typeof lineFields)[number];
export type LineValues = Record<LineField, string>;

export interface PaymentFormValues {
  debitAccount: string;
  executionDate: string;
  lines: LineValues[];
}

/** What can be wrong with a field; the UI words each code. */
export type PaymentProblem =
  | 'debit_account_required'
  | 'execution_date_required'
  | 'execution_date_invalid'
  | 'execution_date_past'
  | 'execution_date_too_far'
  | 'creditor_name_required'
  | 'creditor_name_too_long'
  | 'credit_account_required'
  | 'credit_account_digits'
  | 'credit_account_check_digit'
  | 'credit_account_iban'
  | 'credit_account_format'
  | 'amount_required'
  | 'amount_not_a_number'
  | 'amount_not_positive'
  | 'amount_decimals'
  | 'amount_too_large'
  | 'kid_format'
  | 'kid_check_digit'
  | 'kid_and_message'
  | 'message_too_long';

export { limits };

export const emptyLine = (): LineValues => ({ creditorName: '', creditAccount: '', amount: '', kid: '', message: '' });

/** An account payments can be made from. */
export interface DebitAccount {
  accountNumber: string;
  currency: string;
}

export interface PaymentFormErrors {
  debitAccount?: PaymentProblem;
  executionDate?: PaymentProblem;
  lines: Partial<Record<LineField, PaymentProblem>>[];
}

/** A checked line, ready to become a `PaymentLines` item. */
export interface DraftLine {
  creditorName: string;
  creditAccount: string;
  countryCode: string;
  amount: number;
  kid: string | null;
  message: string | null;
}

/** A checked form: what the user means to pay, before it is given a MessageId. */
export interface PaymentDraft {
  accountNumber: string;
  currency: string;
  executionDate: string;
  lines: DraftLine[];
}

type Checked<T> = { value: T } | { problem: PaymentProblem };

function creditAccount(input: string): Checked<{ account: string; countryCode: string }> {
  const value = normalizeAccountNumber(input);
  if (value === '') return { problem: 'credit_account_required' };
  if (/^\d+$/.test(value)) {
    if (value.length !== 11) return { problem: 'credit_account_digits' };
    return isNorwegianAccountNo(value) ? { value: { account: value, countryCode: 'NO' } } : { problem: 'credit_account_check_digit' };
  }
  if (/^[A-Z]{2}\d{2}/.test(value)) return isValidIban(value) ? { value: { account: value, countryCode: value.slice(0, 2) } } : { problem: 'credit_account_iban' };
  return { problem: 'credit_account_format' };
}

// Whole units and up to two decimals, with a comma or a point: "1 234,50", "1234.5".
function amount(input: string): Checked<number> {
  const value = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (value === '') return { problem: 'amount_required' };
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return { problem: 'amount_not_a_number' };
  const number = Number(value);
  if (match[1] === '-' || number <= 0) return { problem: 'amount_not_positive' };
  if ((match[3] ?? '').length > 2) return { problem: 'amount_decimals' };
  if (number > limits.maxAmount) return { problem: 'amount_too_large' };
  return { value: number };
}

/** A Norwegian KID: 2–25 digits whose last is a MOD10 (Luhn) or MOD11 check digit ("-" for MOD11's 10). */
export function isKid(value: string): boolean {
  if (!/^\d{1,24}[\d-]$/.test(value)) return false;
  const body = value.slice(0, -1);
  const check = value.slice(-1);
  let luhn = 0;
  let mod11 = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    luhn += doubled > 9 ? doubled - 9 : doubled;
    mod11 += digit * (2 + (i % 6));
  }
  const luhnCheck = String((10 - (luhn % 10)) % 10);
  const rest = (11 - (mod11 % 11)) % 11;
  const mod11Check = rest === 10 ? '-' : String(rest);
  return check === luhnCheck || check === mod11Check;
}

function kid(input: string): Checked<string | null> {
  const value = input.replace(/\s/g, '');
  if (value === '') return { value: null };
  if (!/^\d{1,24}[\d-]$/.test(value) || value.length < 2) return { problem: 'kid_format' };
  return isKid(value) ? { value } : { problem: 'kid_check_digit' };
}

function checkLine(line: LineValues): { draft?: DraftLine; errors: Partial<Record<LineField, PaymentProblem>> } {
  const errors: Partial<Record<LineField, PaymentProblem>> = {};
  const name = line.creditorName.trim();
  if (name === '') errors.creditorName = 'creditor_name_required';
  else if (name.length > limits.creditorName) errors.creditorName = 'creditor_name_too_long';
  const account = creditAccount(line.creditAccount);
  if ('problem' in account) errors.creditAccount = account.problem;
  const sum = amount(line.amount);
  if ('problem' in sum) errors.amount = sum.problem;
  const reference = kid(line.kid);
  if ('problem' in reference) errors.kid = reference.problem;
  const message = line.message.trim();
  if (message.length > limits.message) errors.message = 'message_too_long';
  else if (message !== '' && line.kid.trim() !== '') errors.message = 'kid_and_message';
  if (Object.keys(errors).length > 0 || 'problem' in account || 'problem' in sum || 'problem' in reference) return { errors };
  return {
    errors,
    draft: {
      creditorName: name,
      creditAccount: account.value.account,
      countryCode: account.value.countryCode,
      amount: sum.value,
      kid: reference.value,
      message: message === '' ? null : message,
    },
  };
}

function checkExecutionDate(input: string, today: string): Checked<string> {
  const value = input.trim();
  if (value === '') return { problem: 'execution_date_required' };
  if (!isIsoDate(value)) return { problem: 'execution_date_invalid' };
  if (value < today) return { problem: 'execution_date_past' };
  if (value > addDays(today, limits.maxDaysAhead)) return { problem: 'execution_date_too_far' };
  return { value };
}

export type PaymentFormResult = { ok: true; draft: PaymentDraft } | { ok: false; errors: PaymentFormErrors };

/** Checks the form; `today` is the banking day, `accounts` those ready for payments. */
export function validatePaymentForm(values: PaymentFormValues, { today, accounts }: { today: string; accounts: readonly DebitAccount[] }): PaymentFormResult {
  const debit = accounts.find((account) => account.accountNumber === values.debitAccount);
  const date = checkExecutionDate(values.executionDate, today);
  const lines = values.lines.map(checkLine);
  const errors: PaymentFormErrors = {
    ...(debit ? {} : { debitAccount: 'debit_account_required' as const }),
    ...('problem' in date ? { executionDate: date.problem } : {}),
    lines: lines.map((line) => line.errors),
  };
  const drafts = lines.flatMap((line) => (line.draft ? [line.draft] : []));
  if (!debit || 'problem' in date || drafts.length !== lines.length || lines.length === 0) return { ok: false, errors };
  return { ok: true, draft: { accountNumber: debit.accountNumber, currency: debit.currency, executionDate: date.value, lines: drafts } };
}

/** Whether any field of the form has a problem. */
export function hasErrors(errors: PaymentFormErrors): boolean {
  return Boolean(errors.debitAccount || errors.executionDate || errors.lines.some((line) => Object.keys(line).length > 0));
}

/**
 * The documented body of `POST /api/v3/payments/{companyId}`. Every line pays in the debit account's
 * currency; a KID goes as `StructuredReference`, a message as `Description`. `SourceReference` is
 * required and is the ERP's own; the app makes one from the MessageId and the line's place.
 */
export function buildPaymentRequest(draft: PaymentDraft, messageId: string): PaymentRequest {
  return {
    MessageId: messageId,
    AccountNumber: draft.accountNumber,
    PaymentLines: draft.lines.map(
      (line, index): PaymentLine => ({
        PaymentMethod: 1,
        Priority: 1,
        // Aritma types it only as "string"; a calendar date is what an execution date is.
        ExecutionDate: draft.executionDate,
        SourceReference: `${messageId.slice(0, 8)}-${index + 1}`,
        Amount: line.amount,
        Currency: draft.currency,
        StructuredReference: line.kid,
        Description: line.message,
        Creditor: { Name: line.creditorName, CountryCode: line.countryCode, AccountNumber: line.creditAccount, Bic: null },
      }),
    ),
  };
}
